// runtime.h: the runtime layer's one public header. Objects, allocation, errors and thread
// state; everything above (frontend, vm, jit, modules) includes only this.
#ifndef KRAIT_RUNTIME_H
#define KRAIT_RUNTIME_H

#include "runtime/object.h"
#include "runtime/alloc.h"
#include "runtime/gc.h"
#include "runtime/hash.h"
#include "runtime/state.h"
#include "runtime/error.h"
#include "runtime/abstract.h"
#include "runtime/call.h"
#include "runtime/objects/int.h"
#include "runtime/objects/float.h"
#include "runtime/objects/str.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/tuple.h"
#include "runtime/objects/list.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/set.h"
#include "runtime/objects/slice.h"
#include "runtime/objects/exc.h"
#include "runtime/objects/iter.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/methodobject.h"
#include "runtime/objects/moduleobject.h"
#include "runtime/objects/typeattr.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/range.h"
#include "runtime/objects/enumerate.h"
#include "runtime/objects/namespace.h"
#include "runtime/objects/structseq.h"
#include "runtime/objects/format.h"
#include "runtime/objects/code.h"
#include "runtime/objects/func.h"
#include "runtime/objects/heaptype.h"

#endif
