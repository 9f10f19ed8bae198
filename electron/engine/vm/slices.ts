// Slice objects built by BUILD_SLICE (references to start, stop and step taken).
import type { PyObj, PySlice } from '../runtime/objects';
import type { Runtime } from '../runtime/runtime';

export function sliceObject(rt: Runtime, start: PyObj, stop: PyObj, step: PyObj): PySlice {
  // 3.11 keeps one slice in a free-list cache, so slicing allocates nothing the collector counts
  return rt.make<PySlice>({ kind: 'slice', start, stop, step, cls: rt.types.slice }, false, 56);
}
