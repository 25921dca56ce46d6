namespace KejaksaanDatun.Core.Domain;

/// <summary>The JPN team appointed by a Surat Perintah. A change of team adds a new one and ends the old.</summary>
public class JpnTeam
{
    public int Id { get; set; }
    public int SkkId { get; set; }
    public string WarrantNumber { get; set; } = "";
    public DateOnly WarrantDate { get; set; }
    public string LeadJpnId { get; set; } = "";
    public AppUser? LeadJpn { get; set; }
    public bool IsActive { get; set; }
    public DateTime AppointedAt { get; set; }
    public string AppointedById { get; set; } = "";
    public List<JpnTeamMember> Members { get; set; } = [];
}

public class JpnTeamMember
{
    public int JpnTeamId { get; set; }
    public string UserId { get; set; } = "";
    public AppUser? User { get; set; }
    public bool IsLead { get; set; }
}

public enum CaseEventKind
{
    Created, Edited, StatusChanged, TeamAppointed, Note, LetterGenerated, LetterVoided,
    SummonsScheduled, SummonsRescheduled, SummonsDelivered, SummonsAttendance, SomasiIssued, MeetingRecorded,
    PlanAgreed, PlanRenegotiated, PaymentReported, PaymentConfirmed, PaymentReversed, BrokenPromise, CaseClosed,
    SkkExtended,
    RegistrationReported, RegistrationConfirmed, RegistrationReversed,
    AttachmentAdded,
}

/// <summary>One entry of a case's timeline.</summary>
public class CaseEvent
{
    public long Id { get; set; }
    public int SkkId { get; set; }
    public DateTime At { get; set; }
    public CaseEventKind Kind { get; set; }
    public SkkStatus? FromStatus { get; set; }
    public SkkStatus? ToStatus { get; set; }
    public string Description { get; set; } = "";
    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";
}

/// <summary>Append-only record of every change: who, when, what it was before and after.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
    public string Action { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityKey { get; set; } = "";
    public string Operation { get; set; } = "";
    public string? Before { get; set; }
    public string? After { get; set; }
}

/// <summary>A counter per office, kind of number and year (register numbers, later letter numbers).</summary>
public class NumberSequence
{
    public int OfficeId { get; set; }
    public string Kind { get; set; } = "";
    public int Year { get; set; }
    public int LastValue { get; set; }
}
