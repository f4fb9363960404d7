/**
 * Training and evaluation of reply quality: EPITOME and ESConv examples read as threads through the run-time pipeline,
 * the heads chosen on dev and fitted with LIBLINEAR, measured through the analyzer on the test splits, and the report.
 */
package org.attune.train.support;
