namespace KejaksaanDatun.Core.Domain;

/// <summary>
/// An entity two people can edit. <see cref="Version"/> is an optimistic concurrency token that the
/// DbContext increments on every save, so the second of two concurrent edits is refused.
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}
