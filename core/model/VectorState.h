#pragma once

namespace storelens::core {

// Marks the upper halves of the AVX registers unused (VZEROUPPER) on an x86 CPU with AVX; nothing elsewhere.
//
// Why: StoreLens is compiled for baseline x86-64, so all its floating-point code is SSE. When a library has
// run 256-bit AVX code on a thread and not cleared the upper halves (Qt 6.4's QHash<QString> does, e.g. in
// the QSettings the start-up reads), every later SSE instruction on that thread pays a state-transition
// penalty on Intel CPUs: the Pareto/NBD likelihood ran 20 times slower (AMD CPUs do not pay it). A new thread
// inherits the state of the thread that created it. Call this before heavy numeric work on a thread; it costs
// about a cycle.
void clearUpperVectorState();

} // namespace storelens::core
