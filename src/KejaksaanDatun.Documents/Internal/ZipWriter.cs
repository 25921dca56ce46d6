using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace KejaksaanDatun.Documents.Internal;

/// <summary>
/// A minimal zip writer: entries that do not change are written from bytes compressed once at compile time, so a render
/// only compresses the parts it regenerates. Timestamps are fixed, so equal input gives equal bytes.
/// </summary>
internal sealed class ZipWriter(MemoryStream output)
{
    private const ushort DosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01
    private readonly List<(byte[] Name, uint Crc, uint Compressed, uint Size, ushort Method, uint Offset)> _central = [];

    public static byte[] Name(string name) => Encoding.UTF8.GetBytes(name);

    public void AddPrecompressed(byte[] name, ReadOnlySpan<byte> data, uint crc, uint size, bool deflated)
    {
        var offset = (uint)output.Position;
        var method = (ushort)(deflated ? 8 : 0);
        WriteLocalHeader(name, crc, (uint)data.Length, size, method);
        output.Write(data);
        _central.Add((name, crc, (uint)data.Length, size, method, offset));
    }

    public void AddDeflated(byte[] name, ReadOnlySpan<byte> data, CompressionLevel level)
    {
        var offset = (uint)output.Position;
        var crc = Crc32.Compute(data);
        WriteLocalHeader(name, crc, 0, (uint)data.Length, 8);
        var start = output.Position;
        using (var deflate = new DeflateStream(output, level, leaveOpen: true)) deflate.Write(data);
        var compressed = (uint)(output.Position - start);
        var end = output.Position;
        output.Position = offset + 18;
        Span<byte> sizes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(sizes, compressed);
        output.Write(sizes);
        output.Position = end;
        _central.Add((name, crc, compressed, (uint)data.Length, 8, offset));
    }

    private void WriteLocalHeader(byte[] name, uint crc, uint compressed, uint size, ushort method)
    {
        Span<byte> h = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(h, 0x04034b50);
        BinaryPrimitives.WriteUInt16LittleEndian(h[4..], 20);
        BinaryPrimitives.WriteUInt16LittleEndian(h[6..], Flags(name));
        BinaryPrimitives.WriteUInt16LittleEndian(h[8..], method);
        BinaryPrimitives.WriteUInt16LittleEndian(h[10..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(h[12..], DosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(h[14..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(h[18..], compressed);
        BinaryPrimitives.WriteUInt32LittleEndian(h[22..], size);
        BinaryPrimitives.WriteUInt16LittleEndian(h[26..], (ushort)name.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(h[28..], 0);
        output.Write(h);
        output.Write(name);
    }

    private static ushort Flags(byte[] name)
    {
        foreach (var b in name)
            if (b >= 0x80) return 0x0800;
        return 0;
    }

    public void Finish()
    {
        var start = (uint)output.Position;
        Span<byte> h = stackalloc byte[46];
        foreach (var e in _central)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(h, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(h[4..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(h[6..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(h[8..], Flags(e.Name));
            BinaryPrimitives.WriteUInt16LittleEndian(h[10..], e.Method);
            BinaryPrimitives.WriteUInt16LittleEndian(h[12..], 0);
            BinaryPrimitives.WriteUInt16LittleEndian(h[14..], DosDate);
            BinaryPrimitives.WriteUInt32LittleEndian(h[16..], e.Crc);
            BinaryPrimitives.WriteUInt32LittleEndian(h[20..], e.Compressed);
            BinaryPrimitives.WriteUInt32LittleEndian(h[24..], e.Size);
            BinaryPrimitives.WriteUInt16LittleEndian(h[28..], (ushort)e.Name.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(h[30..], 0);
            BinaryPrimitives.WriteUInt16LittleEndian(h[32..], 0);
            BinaryPrimitives.WriteUInt16LittleEndian(h[34..], 0);
            BinaryPrimitives.WriteUInt16LittleEndian(h[36..], 0);
            BinaryPrimitives.WriteUInt32LittleEndian(h[38..], 0);
            BinaryPrimitives.WriteUInt32LittleEndian(h[42..], e.Offset);
            output.Write(h);
            output.Write(e.Name);
        }
        var size = (uint)output.Position - start;
        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[4..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[6..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)_central.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)_central.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], size);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], start);
        BinaryPrimitives.WriteUInt16LittleEndian(end[20..], 0);
        output.Write(end);
    }
}
