//! *Send to my other device*: moving data between two devices with no
//! server, as a file or as an animated run of QR codes one screen shows and
//! the other device's camera reads.
//!
//! - [`code`]: the one-time code that locks a transfer;
//! - [`package`]: what is sent (the changes since the last exchange);
//! - [`sealed`]: the encrypted envelope around it (a file, or the QR payload);
//! - [`peer`]: what each device remembers of the other;
//! - [`frame`], [`fountain`] and [`decoder`]: the fountain code that splits
//!   the sealed text into frames, any large enough set of which rebuilds it
//!   (`combine` chooses what each repair frame holds);
//! - [`qr`]: frames to QR modules and back from a camera image.
//!
//! The browser glue does the key derivation, encryption and compression
//! (WebCrypto, CompressionStream) and the camera; everything around them is
//! here and tested natively.
//!
//! Sending: [`changes_since`] (from [`peer::Peer::next_since`]) →
//! [`package_json`] → deflate-raw → AES-GCM with the key PBKDF2 makes from
//! the [`new_code`] digits and [`seal_header`] as additional data →
//! [`SealedTransfer::to_json`] → a file, or [`Encoder`] frames shown one
//! after another with [`qr_modules`]. Receiving: [`read_qr`] on each camera
//! frame → [`Decoder::push`] until done (or a file) → [`is_transfer`],
//! [`open_transfer`] → the code from [`parse_code`] → decrypt, inflate →
//! [`read_package`] → merge, [`peer::record_received`],
//! [`peer::missed_earlier`].

pub mod code;
mod combine;
pub mod decoder;
pub mod fountain;
pub mod frame;
pub mod package;
pub mod peer;
pub mod qr;
pub mod sealed;

pub use code::{new_code, parse_code, CodeError};
pub use decoder::{Decoder, Progress};
pub use fountain::{plan, plan_for, EncodeError, Encoder, TransferPlan};
pub use frame::FrameError;
pub use package::{changes_since, package_json, read_package, Package, PackageError};
pub use peer::{last_exchange_text, peers_from_json, peers_json, Peer};
pub use qr::{qr_modules, read_qr, QrMatrix};
pub use sealed::{is_transfer, open_transfer, seal_header, SealedTransfer, TransferError};
