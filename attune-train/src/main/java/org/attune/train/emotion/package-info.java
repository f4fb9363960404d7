/** Training and evaluation of the GoEmotions head: trainer, the configurations compared on dev, the report. */
package org.attune.train.emotion;
