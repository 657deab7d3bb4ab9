//! A fountain code over QR frames, so a frame the camera missed costs
//! nothing: the sender shows frame after frame, and any set of them that is
//! large enough rebuilds the payload.
//!
//! The first `k` frames are the payload's blocks themselves (systematic: a
//! camera that catches every frame is done after exactly `k`); later frames
//! are XORs of blocks chosen by [`super::combine`]. The receiver
//! ([`super::decoder`]) peels, and eliminates when peeling stalls.

use super::combine::{combination, ones};
use super::frame::{crc32, write_frame, FrameHeader, FRAME_NUMBERS, MAX_BLOCKS, MAX_PAYLOAD};

/// Why a payload can't be sent this way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EncodeError {
    /// Block size 0 or over 65,535 bytes.
    BlockSize(usize),
    /// More than [`MAX_PAYLOAD`] bytes, or more than [`MAX_BLOCKS`] blocks.
    TooLarge(usize),
}

/// Makes frames for one payload.
pub struct Encoder {
    header: FrameHeader,
    k: u32,
    block_size: usize,
    /// The payload, zero-padded to `k` whole blocks.
    blocks: Vec<u8>,
}

impl Encoder {
    /// `transfer_id` should be random (`crypto.getRandomValues`), so frames
    /// of an earlier transfer still on a screen are told apart. A payload
    /// shorter than `block_size` gets one block of its own length.
    pub fn new(
        payload: &[u8],
        block_size: usize,
        transfer_id: u32,
    ) -> Result<Encoder, EncodeError> {
        if block_size == 0 || block_size > usize::from(u16::MAX) {
            return Err(EncodeError::BlockSize(block_size));
        }
        if payload.len() > MAX_PAYLOAD {
            return Err(EncodeError::TooLarge(payload.len()));
        }
        let block_size = block_size.min(payload.len().max(1));
        let header = FrameHeader {
            transfer_id,
            payload_len: payload.len() as u32,
            block_size: block_size as u16,
            number: 0,
            payload_crc: crc32(payload),
        };
        let k = header.blocks();
        if k > MAX_BLOCKS {
            return Err(EncodeError::TooLarge(payload.len()));
        }
        let mut blocks = payload.to_vec();
        blocks.resize(k as usize * block_size, 0);
        Ok(Encoder {
            header,
            k,
            block_size,
            blocks,
        })
    }

    /// Source blocks: the fewest frames that can carry the payload.
    pub fn source_frames(&self) -> u32 {
        self.k
    }

    /// Every frame's length in bytes (all frames of a transfer are equal,
    /// so the QR code keeps its size).
    pub fn frame_len(&self) -> usize {
        super::frame::HEADER_LEN + self.block_size
    }

    /// Frame `n`, for any `n` (numbers wrap after 16.7 million: frame `n`
    /// and frame `n + 2^24` are the same frame).
    pub fn frame(&self, n: u32) -> Vec<u8> {
        let n = n % FRAME_NUMBERS;
        let header = FrameHeader {
            number: n,
            ..self.header
        };
        if n < self.k {
            return write_frame(&header, self.block(n));
        }
        let mut out = vec![0u8; self.block_size];
        for b in ones(&combination(self.header.transfer_id, n, self.k)) {
            xor(&mut out, self.block(b));
        }
        write_frame(&header, &out)
    }

    fn block(&self, i: u32) -> &[u8] {
        let at = i as usize * self.block_size;
        &self.blocks[at..at + self.block_size]
    }
}

pub(super) fn xor(into: &mut [u8], from: &[u8]) {
    for (a, b) in into.iter_mut().zip(from) {
        *a ^= b;
    }
}

/// Frames shown beyond the source blocks, in percent, that the budget
/// figures allow for frames the camera misses (the code itself needs about
/// two frames more than `k` received, whatever was missed).
pub const OVERHEAD_PERCENT: u32 = 10;

/// What a transfer by camera will take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TransferPlan {
    /// Source blocks of [`DEFAULT_BLOCK_SIZE`].
    pub source_frames: u32,
    /// With [`OVERHEAD_PERCENT`] more for frames the camera misses.
    pub frames_needed: u32,
    /// Whole seconds, rounded up.
    pub seconds_at_10_fps: u32,
}

/// Block size for QR frames: a 20-byte header plus 838 bytes is 858, the
/// most a version 20 QR code (97 × 97 modules) holds in byte mode at error
/// correction level L. See [`super::qr`] for why.
pub const DEFAULT_BLOCK_SIZE: usize = 838;

/// The frames and time for a sealed payload of `payload_len` bytes.
pub fn plan(payload_len: usize) -> TransferPlan {
    plan_for(payload_len, DEFAULT_BLOCK_SIZE)
}

/// [`plan`] for another block size.
pub fn plan_for(payload_len: usize, block_size: usize) -> TransferPlan {
    let k = u32::try_from(payload_len.div_ceil(block_size.max(1)).max(1)).unwrap_or(u32::MAX / 2);
    let frames = k + (k * OVERHEAD_PERCENT).div_ceil(100);
    TransferPlan {
        source_frames: k,
        frames_needed: frames,
        seconds_at_10_fps: frames.div_ceil(10),
    }
}
