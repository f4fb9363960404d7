/**
 * The {@link org.attune.core.engine.Engine}: the standard pipeline and the assembly of an
 * {@link org.attune.core.assessment.Assessment} from the layers it provides.
 */
package org.attune.core.engine;
