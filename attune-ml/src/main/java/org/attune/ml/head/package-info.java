/** Classifier heads over encoder features: small, immutable, JSON on disk, identical at training and run time. */
package org.attune.ml.head;
