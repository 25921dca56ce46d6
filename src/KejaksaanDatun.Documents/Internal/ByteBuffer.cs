using System.Buffers;

namespace KejaksaanDatun.Documents.Internal;

/// <summary>A growable byte buffer that, unlike ArrayBufferWriter, can be cut back to an earlier length.</summary>
internal sealed class ByteBuffer(int capacity) : IBufferWriter<byte>
{
    private byte[] _buffer = new byte[Math.Max(capacity, 256)];
    private int _count;

    public int WrittenCount => _count;
    public int Capacity => _buffer.Length;
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _count);

    public void Reset() => _count = 0;

    public void Truncate(int length) => _count = length;

    public void Advance(int count) => _count += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_count);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_count);
    }

    public void Write(ReadOnlySpan<byte> data)
    {
        Ensure(data.Length);
        data.CopyTo(_buffer.AsSpan(_count));
        _count += data.Length;
    }

    private void Ensure(int size)
    {
        if (size < 1) size = 1;
        if (_buffer.Length - _count >= size) return;
        Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _count + size));
    }
}
