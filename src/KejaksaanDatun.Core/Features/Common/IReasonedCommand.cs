using Mediator;

namespace KejaksaanDatun.Core.Features.Common;

/// <summary>A change that needs only a written reason (returning or withdrawing an SKK, voiding a letter), so one dialog serves them all.</summary>
public interface IReasonedCommand : ICommand<Unit>
{
    string Reason { get; set; }
}
