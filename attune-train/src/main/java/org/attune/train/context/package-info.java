/** Training and evaluation of the document-context heads (dreaddit stress, CAMS cause of distress) and their report. */
package org.attune.train.context;
