/**
 * The {@link org.attune.core.assessment.Assessment}: what Attune says about a thread, per author, with provenance, and
 * its versioned JSON form.
 */
package org.attune.core.assessment;
