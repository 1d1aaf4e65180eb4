// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The caller's vector registers must not slow the engine down. On x86-64, code that leaves the
// upper halves of the AVX registers in use (Qt 6's AVX2 fills and VAES hashing return without
// `vzeroupper`) makes every later SSE instruction, glibc's pow, exp and log among them, pay a
// state-transition penalty of 7 to 45 times their cost. Every public engine entry therefore
// starts with clearUpperVectorState(): one `vzeroupper` on CPUs with AVX, nothing elsewhere.

namespace gridshare {

// Marks the upper halves of the AVX registers unused (`vzeroupper`) when the CPU and the system
// support AVX; does nothing on other CPUs and other architectures. Cheap: one instruction and a
// cached feature test.
void clearUpperVectorState() noexcept;

// True when clearUpperVectorState() issues `vzeroupper` on this machine (an x86-64 build on a CPU
// with AVX enabled by the system).
bool upperVectorStateClearing() noexcept;

// For tests and benchmarks. Leaves the upper halves in use as Qt's AVX2 code does (a VEX.256
// instruction, no vzeroupper) where upperVectorStateClearing() is true; does nothing elsewhere.
void leaveUpperVectorStateInUse() noexcept;
// Whether the CPU tells if the upper halves are in use (XGETBV with ECX = 1 reads XINUSE), and
// whether they are (false where it cannot tell).
bool upperVectorStateObservable() noexcept;
bool upperVectorStateInUse() noexcept;

} // namespace gridshare
