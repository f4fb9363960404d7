/**
 * The HTTP API: routes as lambdas of a few lines ({@link org.attune.server.http.ApiRoutes}), the one place that
 * turns every failure into a JSON error with a stable code ({@link org.attune.server.http.Errors}), rate limits.
 */
package org.attune.server.http;
