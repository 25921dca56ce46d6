namespace KejaksaanDatun.Core.Data.Synthetic;

/// <summary>
/// A small deterministic random source (SplitMix64). Unlike <see cref="Random"/>, whose seeded sequence .NET may
/// change between versions, this sequence is fixed by this code, so a seed gives byte-identical data everywhere.
/// Every case draws from a stream of its own (<see cref="For"/>), so that cases can be generated independently.
/// Only exact arithmetic and square roots are used on the doubles, which IEEE 754 rounds the same on every machine.
/// </summary>
internal sealed class SyntheticRandom(ulong state)
{
    private ulong _state = state;

    /// <summary>The stream of one purpose (<paramref name="stream"/>) and one item (<paramref name="index"/>) under a seed.</summary>
    public static SyntheticRandom For(int seed, RandomStream stream, long index)
    {
        var mixed = Mix((ulong)(uint)seed + 0x9E3779B97F4A7C15UL * (ulong)(int)stream);
        return new SyntheticRandom(Mix(mixed ^ (ulong)index));
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>0 ≤ result &lt; <paramref name="maxExclusive"/>.</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxExclusive, 1);
        return (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);
    }

    /// <summary><paramref name="min"/> ≤ result ≤ <paramref name="max"/>.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary><paramref name="min"/> ≤ result ≤ <paramref name="max"/>.</summary>
    public long Between(long min, long max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, min);
        return min + (long)(NextUInt64() % (ulong)(max - min + 1));
    }

    /// <summary>0 ≤ result &lt; 1.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>An item with probability proportional to its weight.</summary>
    public T Pick<T>(IReadOnlyList<(T Item, double Weight)> weighted)
    {
        var total = 0.0;
        foreach (var (_, weight) in weighted) total += weight;
        var target = NextDouble() * total;
        foreach (var (item, weight) in weighted)
        {
            if (target < weight) return item;
            target -= weight;
        }
        return weighted[^1].Item;
    }

    /// <summary>16 random bytes shaped as a version 4 GUID, as ASP.NET Identity makes its ids and stamps.</summary>
    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, NextUInt64());
        BitConverter.TryWriteBytes(bytes[8..], NextUInt64());
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}

/// <summary>The independent random streams of the generator, one per purpose.</summary>
internal enum RandomStream { Offices = 1, People, Agreements, Employers, CasePlan, CaseRows, Numbers }
