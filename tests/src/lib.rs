//! Declarations shared by the workspace tests.

// The seed declaration is kept exactly as its reference documents it.
#![allow(missing_docs)]

pub mod seed;
