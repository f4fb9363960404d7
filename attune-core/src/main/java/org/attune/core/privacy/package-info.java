/**
 * Personal data in what people wrote: names, e-mail addresses, phone numbers, URLs, handles and street addresses,
 * found as spans into the original text ({@link org.attune.core.privacy.PersonalDataFinder}), provided as a pipeline
 * layer ({@link org.attune.core.privacy.PersonalDataAnalyzer}) and replaced by placeholders for researchers and
 * exports ({@link org.attune.core.privacy.Redactor}).
 */
package org.attune.core.privacy;
