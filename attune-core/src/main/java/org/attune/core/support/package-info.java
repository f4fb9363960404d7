/**
 * Reply quality: how each reply of a thread answers the post it replies to — the three empathy mechanisms of EPITOME
 * (emotional reactions, interpretations, explorations; 0 none, 1 weak, 2 strong, with the sentences that carry them)
 * and the ESConv support strategy of each of its sentences. The trained analysis lives in attune-ml.
 */
package org.attune.core.support;
