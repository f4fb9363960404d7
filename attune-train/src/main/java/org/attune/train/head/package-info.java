/** Trainers for head shapes that LIBLINEAR does not fit: the multi-label MLP head. */
package org.attune.train.head;
