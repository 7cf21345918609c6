//! The memory allocator of the WebAssembly module: blocks of power-of-two sizes, with one list
//! of free blocks per size.
//!
//! Why not the default: on `wasm32-unknown-unknown` Rust's allocator is dlmalloc, some 7 KB of
//! the module, and allocating took a fifth of an extraction. An extraction allocates and frees
//! many small strings and vectors; here taking a block and giving it back are a few
//! instructions each, and the whole allocator is a few hundred bytes. The price is memory: a
//! block keeps its size class for good (up to twice what was asked), and WebAssembly memory
//! never shrinks (it did not with dlmalloc either). docs/performance.md has the numbers.
//!
//! The allocator itself is plain logic over addresses, so that it is tested natively (see the
//! tests below) with a buffer standing in for the WebAssembly memory.

use std::alloc::Layout;

/// Smallest block, 8 bytes: a free block holds the address of the next free block of its size.
const MIN_CLASS: usize = 3;
/// Blocks of 2^0 to 2^31 bytes; larger ones cannot exist in a 32-bit address space.
const CLASSES: usize = 32;
/// The unit in which WebAssembly memory grows.
pub const PAGE: usize = 65536;
/// Memory is asked for at least 1 MB at a time, so that growing is rare.
const MIN_GROWTH_PAGES: usize = 16;

/// The allocator's state: the free lists and the stretch of fresh memory not yet handed out.
pub struct Heap {
    /// Per size class, the address of the first free block (0: none; no block starts at 0).
    free: [usize; CLASSES],
    /// Fresh memory from `next` to `end`.
    next: usize,
    end: usize,
}

/// The size class of a layout: the power of two that holds its size and its alignment.
fn class(layout: Layout) -> usize {
    let size = layout.size().max(layout.align()).max(1 << MIN_CLASS);
    size.next_power_of_two().trailing_zeros() as usize
}

impl Heap {
    /// A heap with no memory yet.
    pub const fn new() -> Heap {
        Heap {
            free: [0; CLASSES],
            next: 0,
            end: 0,
        }
    }

    /// The address of a block for `layout`, or `None` when memory cannot grow. `grow(pages)`
    /// adds pages of memory and returns the address where they start.
    ///
    /// # Safety
    /// The free blocks must be memory this heap handed out and got back (read and written
    /// here), and what `grow` returns must be fresh memory of that many pages.
    pub unsafe fn allocate(
        &mut self,
        layout: Layout,
        grow: impl FnOnce(usize) -> Option<usize>,
    ) -> Option<usize> {
        let class = class(layout);
        let size = 1usize.checked_shl(class as u32)?;
        let free = self.free.get_mut(class)?;
        if *free != 0 && *free % layout.align() == 0 {
            let block = *free;
            // SAFETY: a free block starts with the address of the next one (see `release`).
            *free = unsafe { *(block as *const usize) };
            return Some(block);
        }
        let mut start = self.next.checked_next_multiple_of(layout.align())?;
        if start.checked_add(size)? > self.end {
            let pages = (size + layout.align()).div_ceil(PAGE).max(MIN_GROWTH_PAGES);
            let base = grow(pages)?;
            // Fresh memory that does not follow the old stretch starts a new one.
            if base != self.end {
                self.next = base;
            }
            self.end = base + pages * PAGE;
            start = self.next.checked_next_multiple_of(layout.align())?;
        }
        self.next = start + size;
        Some(start)
    }

    /// Takes back the block at `block`, handed out for `layout`.
    ///
    /// # Safety
    /// `block` must come from [`Heap::allocate`] for the same layout and not be in use.
    pub unsafe fn release(&mut self, block: usize, layout: Layout) {
        let class = class(layout);
        if let Some(free) = self.free.get_mut(class) {
            // SAFETY: the block is ours again, and at least 8 bytes long and aligned to 8.
            unsafe { *(block as *mut usize) = *free };
            *free = block;
        }
    }

    /// Whether a block for `old` also serves `new`: the same size class, aligned well enough.
    pub fn fits(block: usize, old: Layout, new: Layout) -> bool {
        class(old) == class(new) && block % new.align() == 0
    }
}

#[cfg(target_arch = "wasm32")]
mod global {
    use super::{Heap, PAGE};
    use std::alloc::{GlobalAlloc, Layout};
    use std::cell::UnsafeCell;

    /// The WebAssembly module's global allocator.
    pub struct Allocator(UnsafeCell<Heap>);

    // SAFETY: the module runs on one thread (wasm32-unknown-unknown has no threads without
    // the atomics feature, which this build does not enable), so the heap is never shared.
    unsafe impl Sync for Allocator {}

    fn grow(pages: usize) -> Option<usize> {
        let previous = core::arch::wasm32::memory_grow(0, pages);
        (previous != usize::MAX).then(|| previous * PAGE)
    }

    // SAFETY: blocks are handed out once until released, sized and aligned for their layout
    // (Heap::allocate), from memory that only grows.
    unsafe impl GlobalAlloc for Allocator {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            // SAFETY: one thread, no reentrance: the heap is borrowed once at a time.
            let heap = unsafe { &mut *self.0.get() };
            unsafe { heap.allocate(layout, grow) }.map_or(std::ptr::null_mut(), |a| a as *mut u8)
        }

        unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
            let heap = unsafe { &mut *self.0.get() };
            unsafe { heap.release(block as usize, layout) };
        }

        unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            let Ok(new) = Layout::from_size_align(new_size, layout.align()) else {
                return std::ptr::null_mut();
            };
            if Heap::fits(block as usize, layout, new) {
                return block;
            }
            let moved = unsafe { self.alloc(new) };
            if !moved.is_null() {
                unsafe {
                    std::ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                    self.dealloc(block, layout);
                }
            }
            moved
        }
    }

    #[global_allocator]
    static ALLOCATOR: Allocator = Allocator(UnsafeCell::new(Heap::new()));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stand-in for WebAssembly memory: a buffer handed out page by page.
    struct Memory {
        base: *mut u8,
        pages: usize,
        used: usize,
    }

    impl Memory {
        fn new(pages: usize) -> Memory {
            let layout = Layout::from_size_align(pages * PAGE, PAGE).unwrap();
            // SAFETY: a non-zero size; freed in Drop with the same layout.
            let base = unsafe { std::alloc::alloc_zeroed(layout) };
            assert!(!base.is_null());
            Memory {
                base,
                pages,
                used: 0,
            }
        }

        fn grow(&mut self, pages: usize) -> Option<usize> {
            if self.used + pages > self.pages {
                return None;
            }
            let start = self.base as usize + self.used * PAGE;
            self.used += pages;
            Some(start)
        }
    }

    impl Drop for Memory {
        fn drop(&mut self) {
            let layout = Layout::from_size_align(self.pages * PAGE, PAGE).unwrap();
            unsafe { std::alloc::dealloc(self.base, layout) };
        }
    }

    #[test]
    fn blocks_are_sized_by_class() {
        for (size, align, expected) in [
            (0, 1, 3),
            (1, 1, 3),
            (8, 8, 3),
            (9, 1, 4),
            (16, 16, 4),
            (3, 32, 5),
            (1000, 8, 10),
            (1 << 20, 8, 20),
        ] {
            let layout = Layout::from_size_align(size, align).unwrap();
            assert_eq!(class(layout), expected, "{size} bytes aligned to {align}");
        }
    }

    /// Allocations, releases and reallocations of many sizes and alignments, as a vector's
    /// growth and a string's make them: every block is aligned, inside the memory, apart from
    /// every other block in use, and keeps what was written into it.
    #[test]
    fn blocks_in_use_never_overlap_and_keep_their_bytes() {
        let mut memory = Memory::new(256);
        let mut heap = Heap::new();
        let mut live: Vec<(usize, Layout, u8)> = Vec::new();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut random = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as usize
        };
        for step in 0..20_000 {
            if random(2) == 0 || live.is_empty() {
                let size = [1, 7, 8, 24, 100, 1000, 5000, 70_000][random(8)] + random(9);
                let align = [1, 2, 4, 8, 16, 64][random(6)];
                let layout = Layout::from_size_align(size, align).unwrap();
                let block = unsafe { heap.allocate(layout, |pages| memory.grow(pages)) }
                    .expect("the test memory is large enough");
                assert_eq!(block % align, 0, "block aligned to {align}");
                let end = block + size;
                assert!(
                    block >= memory.base as usize
                        && end <= memory.base as usize + memory.used * PAGE
                );
                for &(other, other_layout, _) in &live {
                    let other_end = other + other_layout.size();
                    assert!(
                        end <= other || block >= other_end,
                        "step {step}: blocks overlap"
                    );
                }
                let mark = step as u8;
                unsafe { std::ptr::write_bytes(block as *mut u8, mark, size) };
                live.push((block, layout, mark));
            } else {
                let (block, layout, mark) = live.swap_remove(random(live.len() as u64));
                let bytes =
                    unsafe { std::slice::from_raw_parts(block as *const u8, layout.size()) };
                assert!(bytes.iter().all(|&b| b == mark), "a block kept its bytes");
                unsafe { heap.release(block, layout) };
            }
        }
    }

    #[test]
    fn a_released_block_is_handed_out_again() {
        let mut memory = Memory::new(32);
        let mut heap = Heap::new();
        let layout = Layout::from_size_align(40, 8).unwrap();
        let first = unsafe { heap.allocate(layout, |p| memory.grow(p)) }.unwrap();
        unsafe { heap.release(first, layout) };
        let again =
            unsafe { heap.allocate(Layout::from_size_align(60, 4).unwrap(), |p| memory.grow(p)) };
        assert_eq!(again, Some(first), "a 60-byte block reuses the 64-byte one");
        assert!(Heap::fits(
            first,
            layout,
            Layout::from_size_align(64, 8).unwrap()
        ));
        assert!(!Heap::fits(
            first,
            layout,
            Layout::from_size_align(65, 8).unwrap()
        ));
    }

    #[test]
    fn no_memory_left_is_an_answer_not_a_crash() {
        let mut memory = Memory::new(16);
        let mut heap = Heap::new();
        let big = Layout::from_size_align(2 * 16 * PAGE, 8).unwrap();
        assert_eq!(unsafe { heap.allocate(big, |p| memory.grow(p)) }, None);
        let small = Layout::from_size_align(100, 8).unwrap();
        assert!(unsafe { heap.allocate(small, |p| memory.grow(p)) }.is_some());
    }
}
