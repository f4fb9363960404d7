/**
 * Fine-tuning of the encoder's top layers on the CPU, measured beside the frozen encoder on the same splits: the
 * full-precision bge-small-en-v1.5 read from its ONNX file into libtorch tensors (DJL's PyTorch engine), a task head
 * over the mean of the top layer's token states, and the comparisons that the model cards report. Not needed at run
 * time: the engine's analyzers read the frozen int8 encoder.
 */
package org.attune.finetune;
