#include "core/model/VectorState.h"

namespace storelens::core {

#if (defined(__GNUC__) || defined(__clang__)) && (defined(__x86_64__) || defined(__i386__))

void clearUpperVectorState()
{
    // VZEROUPPER is an AVX instruction: on a CPU without AVX it would fault, and there is no state to clear.
    static const bool hasAvx = __builtin_cpu_supports("avx");
    if (hasAvx)
        asm volatile("vzeroupper" ::: "memory");
}

#else

void clearUpperVectorState() {}

#endif

} // namespace storelens::core
