using Mediator;

namespace KejaksaanDatun.Core.Features.Skk;

/// <summary>A change of an SKK that needs only a written reason (returning, withdrawing), so one dialog serves them all.</summary>
public interface IReasonedCommand : ICommand<Unit>
{
    int SkkId { get; }
    string Reason { get; set; }
}
