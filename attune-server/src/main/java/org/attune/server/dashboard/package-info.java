/**
 * The moderator dashboard: server-rendered Pebble templates with HTML auto-escaping (a post's markup is shown as
 * text), a session cookie with a CSRF token on every form, the queue, item pages with highlighted evidence, the
 * actions, crisis resources beside urgent items, and a server-side SVG chart.
 */
package org.attune.server.dashboard;
