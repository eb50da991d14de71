//! Files people send (council decisions, signed charter scans): checked by their content, never
//! by their name or declared type, and stored once per content in the `blob` table so that
//! every app server on one database serves them and `server backup` keeps them.
//!
//! A PDF must start with `%PDF-`; a PNG or JPEG is decoded and written again, so no metadata
//! (GPS position, camera, author) survives; anything else is refused.

use sea_orm::{ConnectionTrait, DbErr, EntityTrait, Set};
use sha2::{Digest, Sha256};
use std::io::Cursor;
use time::OffsetDateTime;

use super::entities::blob;

/// The largest file accepted, in bytes.
pub const FILE_LIMIT: usize = 20 * 1024 * 1024;

/// The largest image accepted, in pixels (a 12,000 × 8,000 scan).
const PIXEL_LIMIT: u64 = 96_000_000;

/// Why a file was refused; each is a sentence on the form's file field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileProblem {
    Empty,
    TooLarge,
    /// The name carries a path or control characters.
    Name,
    /// Neither a PDF, a PNG nor a JPEG.
    Kind,
    /// It says it is an image but cannot be read as one.
    BrokenImage,
}

impl FileProblem {
    /// The message key of the sentence that explains it.
    #[must_use]
    pub const fn msg(self) -> &'static str {
        match self {
            Self::Empty => "msg-file-empty",
            Self::TooLarge => "msg-file-too-large",
            Self::Name => "msg-file-name",
            Self::Kind => "msg-file-kind",
            Self::BrokenImage => "msg-file-broken-image",
        }
    }
}

/// A file that passed the checks, as it will be stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedFile {
    pub media_type: &'static str,
    pub extension: &'static str,
    pub bytes: Vec<u8>,
}

impl CheckedFile {
    /// Lowercase hex SHA-256 of the stored bytes: the blob's key.
    #[must_use]
    pub fn sha256(&self) -> String {
        Sha256::digest(&self.bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

/// Checks a sent file: its name (only that it carries no path) and its content.
/// Images are decoded and encoded again; this takes a while for a large photo, so callers on
/// the async runtime run it with `spawn_blocking`.
///
/// # Errors
/// The [`FileProblem`] that refuses it.
pub fn check_file(name: &str, bytes: &[u8]) -> Result<CheckedFile, FileProblem> {
    if name.contains(['/', '\\']) || name.contains("..") || name.chars().any(char::is_control) {
        return Err(FileProblem::Name);
    }
    if bytes.is_empty() {
        return Err(FileProblem::Empty);
    }
    if bytes.len() > FILE_LIMIT {
        return Err(FileProblem::TooLarge);
    }
    if bytes.starts_with(b"%PDF-") {
        return Ok(CheckedFile {
            media_type: "application/pdf",
            extension: "pdf",
            bytes: bytes.to_vec(),
        });
    }
    let format = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        image::ImageFormat::Png
    } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        image::ImageFormat::Jpeg
    } else {
        return Err(FileProblem::Kind);
    };
    reencode(bytes, format).ok_or(FileProblem::BrokenImage)
}

/// Decodes an image (within size limits), turns it upright as its metadata says, and writes
/// it again in its own format: nothing but the pixels survives.
fn reencode(bytes: &[u8], format: image::ImageFormat) -> Option<CheckedFile> {
    use image::{DynamicImage, ImageDecoder};
    let mut reader = image::ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(512 * 1024 * 1024);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().ok()?;
    let (w, h) = decoder.dimensions();
    if u64::from(w) * u64::from(h) > PIXEL_LIMIT {
        return None;
    }
    let orientation = decoder.orientation().ok();
    let mut picture = DynamicImage::from_decoder(decoder).ok()?;
    if let Some(orientation) = orientation {
        picture.apply_orientation(orientation);
    }
    let mut out = Vec::new();
    if format == image::ImageFormat::Png {
        picture
            .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
            .ok()?;
        Some(CheckedFile {
            media_type: "image/png",
            extension: "png",
            bytes: out,
        })
    } else {
        let rgb = DynamicImage::ImageRgb8(picture.to_rgb8());
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 88)
            .encode_image(&rgb)
            .ok()?;
        Some(CheckedFile {
            media_type: "image/jpeg",
            extension: "jpg",
            bytes: out,
        })
    }
}

/// Stores a checked file's bytes unless the same content is already stored; returns its key.
///
/// # Errors
/// Database errors.
pub async fn store_blob<C: ConnectionTrait>(
    db: &C,
    file: &CheckedFile,
    now: OffsetDateTime,
) -> Result<String, DbErr> {
    let sha = file.sha256();
    if blob::Entity::find_by_id(sha.clone())
        .one(db)
        .await?
        .is_none()
    {
        blob::Entity::insert(blob::ActiveModel {
            sha256: Set(sha.clone()),
            media_type: Set(file.media_type.to_owned()),
            size: Set(i64::try_from(file.bytes.len()).unwrap_or(i64::MAX)),
            bytes: Set(file.bytes.clone()),
            created_at: Set(now),
        })
        .on_conflict_do_nothing_on([blob::Column::Sha256])
        .exec(db)
        .await?;
    }
    Ok(sha)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A JPEG carrying an EXIF segment with a GPS note, spliced in after its start marker.
    fn jpeg_with_exif() -> Vec<u8> {
        let picture = image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
            3,
            2,
            image::Rgb([10, 20, 30]),
        ));
        let mut plain = Vec::new();
        picture
            .write_to(&mut Cursor::new(&mut plain), image::ImageFormat::Jpeg)
            .expect("jpeg");
        let payload = b"Exif\0\0GPS 50.8467,4.3525";
        let length = u16::try_from(payload.len() + 2).expect("short");
        let mut out = plain[..2].to_vec();
        out.extend_from_slice(&[0xff, 0xe1]);
        out.extend_from_slice(&length.to_be_bytes());
        out.extend_from_slice(payload);
        out.extend_from_slice(&plain[2..]);
        out
    }

    #[test]
    fn files_are_judged_by_their_content() {
        assert_eq!(check_file("a.pdf", b""), Err(FileProblem::Empty));
        assert_eq!(
            check_file("decision.pdf", b"<html>not a pdf</html>"),
            Err(FileProblem::Kind)
        );
        assert_eq!(
            check_file("photo.png", b"<html><script>alert(1)</script></html>"),
            Err(FileProblem::Kind)
        );
        assert_eq!(
            check_file(
                "mark.svg",
                b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>"
            ),
            Err(FileProblem::Kind)
        );
        assert_eq!(
            check_file("../../x.png", &jpeg_with_exif()),
            Err(FileProblem::Name)
        );
        assert_eq!(check_file("a\\b.pdf", b"%PDF-1.7"), Err(FileProblem::Name));
        assert_eq!(
            check_file("broken.png", b"\x89PNG\r\n\x1a\nnot really"),
            Err(FileProblem::BrokenImage)
        );
        let pdf = check_file("decision.png", b"%PDF-1.7\n%%EOF").expect("a pdf by content");
        assert_eq!((pdf.media_type, pdf.extension), ("application/pdf", "pdf"));
        let mut big = b"%PDF-".to_vec();
        big.resize(FILE_LIMIT + 1, b' ');
        assert_eq!(check_file("big.pdf", &big), Err(FileProblem::TooLarge));
    }

    #[test]
    fn images_are_written_again_without_their_metadata() {
        let sent = jpeg_with_exif();
        assert!(
            sent.windows(3).any(|w| w == b"GPS"),
            "the sample carries its EXIF note"
        );
        let stored = check_file("photo.png", &sent).expect("a jpeg by content");
        assert_eq!(stored.media_type, "image/jpeg");
        assert!(
            !stored.bytes.windows(3).any(|w| w == b"GPS"),
            "metadata dropped"
        );
        let again = image::load_from_memory(&stored.bytes).expect("readable");
        assert_eq!((again.width(), again.height()), (3, 2));
        assert_eq!(stored.sha256().len(), 64);
    }
}
