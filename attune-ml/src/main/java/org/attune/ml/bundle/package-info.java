/** Model bundles: a manifest with hashes, licences and metrics beside the trained files, checked on open. */
package org.attune.ml.bundle;
