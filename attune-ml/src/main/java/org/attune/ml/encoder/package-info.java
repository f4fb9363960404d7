/**
 * The transformer sentence encoder: bge-small-en-v1.5 (int8 ONNX from a Maven Central artifact) run in-process by ONNX
 * Runtime with the Hugging Face tokenizer, batched by length and windowed past 512 tokens.
 */
package org.attune.ml.encoder;
