// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/export/png_writer.h"

#include <QColorSpace>
#include <QImage>

#include <png.h>

#include <new>
#include <vector>

namespace gridshare::gui {
namespace {

struct Chunks {
    std::vector<QByteArray> keys;
    std::vector<QByteArray> texts;
    std::vector<png_text> text;
    QByteArray iccProfile;
};

Chunks chunksOf(const QImage& image)
{
    Chunks chunks;
    const QStringList keys = image.textKeys();
    chunks.keys.reserve(size_t(keys.size()));
    chunks.texts.reserve(size_t(keys.size()));
    for (const QString& key : keys) {
        // PNG keywords are 1-79 Latin-1 characters.
        if (key.isEmpty() || key.size() > 79)
            continue;
        const QString value = image.text(key);
        bool latin1 = true;
        for (QChar c : value)
            latin1 = latin1 && c.unicode() < 0x100;
        chunks.keys.push_back(key.toLatin1());
        chunks.texts.push_back(latin1 ? value.toLatin1() : value.toUtf8());
        png_text entry{};
        entry.compression = latin1 ? PNG_TEXT_COMPRESSION_NONE : PNG_ITXT_COMPRESSION_NONE;
        entry.key = chunks.keys.back().data();
        entry.text = chunks.texts.back().data();
        if (latin1)
            entry.text_length = size_t(chunks.texts.back().size());
        else
            entry.itxt_length = size_t(chunks.texts.back().size());
        chunks.text.push_back(entry);
    }
    if (image.colorSpace().isValid())
        chunks.iccProfile = image.colorSpace().iccProfile();
    return chunks;
}

void append(png_structp png, png_bytep data, size_t length)
{
    bool full = false;
    try {
        static_cast<QByteArray*>(png_get_io_ptr(png))->append(reinterpret_cast<const char*>(data), qsizetype(length));
    } catch (const std::bad_alloc&) {
        full = true;
    }
    if (full) // after the handler: png_error leaves by longjmp
        png_error(png, "out of memory");
}

void flush(png_structp) {}

// libpng reports an error by longjmp to the setjmp below: nothing with a destructor is made between
// the two, so nothing is skipped; what the file needs is made by the caller beforehand.
bool write(const QImage& image, bool alpha, Chunks& chunks, QByteArray* out)
{
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (!png)
        return false;
    png_infop info = png_create_info_struct(png);
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return false;
    }
    png_set_write_fn(png, out, append, flush);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8,
                 alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    // No row filter: a figure is flat colours and antialiased edges, which deflate finds as they are.
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_compression_level(png, kPngZlibLevel);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0)
        png_set_pHYs(png, info, png_uint_32(image.dotsPerMeterX()), png_uint_32(image.dotsPerMeterY()),
                     PNG_RESOLUTION_METER);
    if (!chunks.text.empty())
        png_set_text(png, info, chunks.text.data(), int(chunks.text.size()));
    if (!chunks.iccProfile.isEmpty())
        png_set_iCCP(png, info, "ICC profile", PNG_COMPRESSION_TYPE_BASE,
                     reinterpret_cast<png_const_bytep>(chunks.iccProfile.constData()),
                     png_uint_32(chunks.iccProfile.size()));
    png_write_info(png, info);
    // QImage keeps a pixel as one 32-bit word 0xAARRGGBB: in memory B, G, R, A on a little-endian
    // machine; libpng turns those bytes into RGB(A).
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    png_set_bgr(png);
    if (!alpha)
        png_set_filler(png, 0, PNG_FILLER_AFTER);
#else
    png_set_swap_alpha(png);
    if (!alpha)
        png_set_filler(png, 0, PNG_FILLER_BEFORE);
#endif
    for (int y = 0; y < image.height(); ++y)
        png_write_row(png, image.constScanLine(y));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return true;
}

} // namespace

QByteArray pngBytes(const QImage& source)
{
    if (source.isNull())
        return {};
    const bool alpha = source.hasAlphaChannel();
    const QImage image = source.convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    Chunks chunks = chunksOf(image);
    QByteArray bytes;
    if (!write(image, alpha, chunks, &bytes))
        return {};
    return bytes;
}

} // namespace gridshare::gui
