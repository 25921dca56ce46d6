namespace KejaksaanDatun.Documents.Internal;

/// <summary>CRC-32 (IEEE) for zip entries, slicing by 8.</summary>
internal static class Crc32
{
    private static readonly uint[] Table = Build();

    private static uint[] Build()
    {
        var table = new uint[8 * 256];
        for (uint i = 0; i < 256; i++)
        {
            var c = i;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        for (var i = 0; i < 256; i++)
        for (var s = 1; s < 8; s++)
            table[s * 256 + i] = (table[(s - 1) * 256 + i] >> 8) ^ table[table[(s - 1) * 256 + i] & 0xFF];
        return table;
    }

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var t = Table;
        var crc = 0xFFFFFFFFu;
        var i = 0;
        for (; i + 8 <= data.Length; i += 8)
        {
            var one = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(data[i..]) ^ crc;
            var two = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(data[(i + 4)..]);
            crc = t[7 * 256 + (one & 0xFF)] ^ t[6 * 256 + ((one >> 8) & 0xFF)] ^ t[5 * 256 + ((one >> 16) & 0xFF)] ^ t[4 * 256 + (one >> 24)]
                ^ t[3 * 256 + (two & 0xFF)] ^ t[2 * 256 + ((two >> 8) & 0xFF)] ^ t[256 + ((two >> 16) & 0xFF)] ^ t[two >> 24];
        }
        for (; i < data.Length; i++) crc = t[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }
}
