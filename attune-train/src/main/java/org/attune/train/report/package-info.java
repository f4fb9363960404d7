/** Pictures for the evaluation reports (PNG, drawn headless with java.awt). */
package org.attune.train.report;
