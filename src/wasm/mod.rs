//! The JavaScript API, compiled for `wasm32` only: the binding and the module's allocator. The
//! allocator's logic is compiled for the native tests too, over a buffer standing in for the
//! WebAssembly memory. The crate's only `unsafe` code is here, in the allocator.

#[cfg(target_arch = "wasm32")]
mod binding;
mod heap;

#[cfg(target_arch = "wasm32")]
pub use binding::{extract, version};
