//! Rebuilds a payload from fountain frames in any order, with repeats,
//! gaps and frames of other transfers mixed in.
//!
//! Peeling first: a frame whose blocks are all known but one gives that
//! block, which is then taken out of every waiting frame, and so on. When
//! that stalls, the waiting frames are kept in echelon form (each has a
//! distinct lowest unknown block, its pivot), so the decoder finishes the
//! moment the frames it has pin down every block: Gaussian elimination
//! over GF(2), done a frame at a time.

use std::collections::HashSet;

use super::combine::{combination, ones};
use super::fountain::xor;
use super::frame::{crc32, parse_frame, FrameError, FrameHeader};

/// How far reading has got.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Distinct frames of this transfer read so far.
    pub received: u32,
    /// How many it will take: `received` plus one for each block nothing
    /// received pins down yet (exact for the source frames; a repair frame
    /// adds nothing new about once in two times per block left, so the last
    /// few take a frame or two more). Equals `received` when done; 0 before
    /// the first frame.
    pub needed_estimate: u32,
    pub done: bool,
    /// Frames of another transfer seen and ignored (a screen still showing
    /// an older one: many of these means the reader should start over).
    pub foreign: u32,
}

/// A waiting frame: the unknown blocks it still combines, and their XOR.
struct Row {
    bits: Vec<u64>,
    data: Vec<u8>,
}

impl Row {
    fn has(&self, b: u32) -> bool {
        self.bits[(b / 64) as usize] & 1 << (b % 64) != 0
    }

    fn clear(&mut self, b: u32) {
        self.bits[(b / 64) as usize] &= !(1 << (b % 64));
    }

    fn lowest(&self) -> Option<u32> {
        ones(&self.bits).next()
    }

    fn single(&self) -> bool {
        self.bits.iter().map(|w| w.count_ones()).sum::<u32>() == 1
    }
}

/// See the module documentation.
#[derive(Default)]
pub struct Decoder {
    /// Fixed by the first frame accepted.
    header: Option<FrameHeader>,
    k: u32,
    blocks: Vec<u8>,
    known: Vec<bool>,
    known_count: u32,
    /// Waiting frames by pivot; every bit in them is an unknown block.
    rows: Vec<Option<Row>>,
    row_count: u32,
    seen: HashSet<u32>,
    received: u32,
    foreign: u32,
    done: bool,
}

impl Decoder {
    pub fn new() -> Decoder {
        Decoder::default()
    }

    /// Reads one frame. Frames of another transfer and repeats are counted
    /// and otherwise ignored; a malformed frame is refused and changes
    /// nothing.
    pub fn push(&mut self, frame: &[u8]) -> Result<Progress, FrameError> {
        let (h, block) = parse_frame(frame)?;
        match &self.header {
            None => self.start(h),
            Some(fixed) if fixed.same_transfer(&h) => {}
            Some(_) => {
                self.foreign += 1;
                return Ok(self.progress());
            }
        }
        if self.done || !self.seen.insert(h.number) {
            return Ok(self.progress());
        }
        self.received += 1;
        let bits = if h.number < self.k {
            let mut bits = vec![0; self.k.div_ceil(64) as usize];
            bits[(h.number / 64) as usize] = 1 << (h.number % 64);
            bits
        } else {
            combination(h.transfer_id, h.number, self.k)
        };
        self.settle(Row {
            bits,
            data: block.to_vec(),
        });
        if self.known_count == self.k {
            let len = self.header.map_or(0, |h| h.payload_len as usize);
            if self.header.map(|h| h.payload_crc) == Some(crc32(&self.blocks[..len])) {
                self.done = true;
                self.rows = Vec::new();
            } else {
                *self = Decoder::new();
                return Err(FrameError::WrongResult);
            }
        }
        Ok(self.progress())
    }

    fn start(&mut self, h: FrameHeader) {
        self.k = h.blocks();
        self.header = Some(h);
        self.blocks = vec![0; self.k as usize * usize::from(h.block_size)];
        self.known = vec![false; self.k as usize];
        self.rows = (0..self.k).map(|_| None).collect();
    }

    /// Takes in a row and everything it leads to. Afterwards every waiting
    /// row holds two or more unknown blocks and has a pivot of its own. That
    /// is also why no back substitution is needed: were there as many rows
    /// as unknown blocks, the pivots would be exactly those blocks, and the
    /// row with the highest pivot could hold no other, so it, and in turn
    /// every other, would already have been solved.
    fn settle(&mut self, row: Row) {
        let mut rows = vec![row];
        let mut learned: Vec<(u32, Vec<u8>)> = Vec::new();
        loop {
            if let Some((b, data)) = learned.pop() {
                self.take_block(b, data, &mut rows, &mut learned);
            } else if let Some(mut r) = rows.pop() {
                self.reduce_known(&mut r);
                if let Some(solved) = self.place(r) {
                    learned.push(solved);
                }
            } else {
                break;
            }
        }
    }

    /// XORs the known blocks out of a row.
    fn reduce_known(&self, row: &mut Row) {
        let bs = row.data.len();
        for b in ones(&row.bits.clone()) {
            let i = b as usize;
            if self.known[i] {
                xor(&mut row.data, &self.blocks[i * bs..(i + 1) * bs]);
                row.clear(b);
            }
        }
    }

    /// Reduces a row of unknown blocks against the waiting rows until it has
    /// a pivot of its own (kept), comes down to one block (returned), or to
    /// nothing new.
    fn place(&mut self, mut row: Row) -> Option<(u32, Vec<u8>)> {
        loop {
            let p = row.lowest()?;
            if row.single() {
                return Some((p, row.data));
            }
            match &self.rows[p as usize] {
                Some(r) => {
                    for (a, b) in row.bits.iter_mut().zip(&r.bits) {
                        *a ^= b;
                    }
                    xor(&mut row.data, &r.data);
                }
                None => {
                    self.rows[p as usize] = Some(row);
                    self.row_count += 1;
                    return None;
                }
            }
        }
    }

    /// Learns block `b` and XORs it out of every waiting row: a row left
    /// with one block is solved, one whose pivot it was goes back to be
    /// placed again.
    fn take_block(
        &mut self,
        b: u32,
        data: Vec<u8>,
        rows: &mut Vec<Row>,
        learned: &mut Vec<(u32, Vec<u8>)>,
    ) {
        let i = b as usize;
        if self.known[i] {
            return;
        }
        let bs = data.len();
        self.blocks[i * bs..(i + 1) * bs].copy_from_slice(&data);
        self.known[i] = true;
        self.known_count += 1;
        for p in 0..self.rows.len() {
            let Some(r) = self.rows[p].as_mut().filter(|r| r.has(b)) else {
                continue;
            };
            r.clear(b);
            xor(&mut r.data, &data);
            if p == i || r.single() {
                if let Some(r) = self.rows[p].take() {
                    self.row_count -= 1;
                    match r.lowest() {
                        Some(q) if r.single() => learned.push((q, r.data)),
                        Some(_) => rows.push(r),
                        None => {}
                    }
                }
            }
        }
    }

    pub fn progress(&self) -> Progress {
        let needed = if self.done {
            self.received
        } else if self.k == 0 {
            0
        } else {
            self.received + (self.k - self.known_count - self.row_count).max(1)
        };
        Progress {
            received: self.received,
            needed_estimate: needed,
            done: self.done,
            foreign: self.foreign,
        }
    }

    /// The payload, exactly as sent, once every block is in and its
    /// checksum matched.
    pub fn payload(&self) -> Option<Vec<u8>> {
        let h = self.header.filter(|_| self.done)?;
        Some(self.blocks[..h.payload_len as usize].to_vec())
    }

    /// The transfer this decoder is reading, once a frame fixed it.
    pub fn transfer_id(&self) -> Option<u32> {
        self.header.map(|h| h.transfer_id)
    }
}
