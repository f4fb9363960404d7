/**
 * Errors with stable codes. Every failure Attune reports on purpose is an {@link org.attune.core.error.AttuneException}
 * whose {@link org.attune.core.error.ErrorCode} says whose fault it was; messages never carry user text.
 */
package org.attune.core.error;
