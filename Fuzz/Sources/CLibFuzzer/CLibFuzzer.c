// Empty: the target only exports the header; libFuzzer itself is linked by -sanitize=fuzzer.
#include "CLibFuzzer.h"
