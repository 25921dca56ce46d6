namespace KejaksaanDatun.Core.Behaviors;

/// <summary>Roles that may send a request. Every request type carries one; the pipeline refuses everyone else.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowedRolesAttribute(params string[] roles) : Attribute
{
    public string[] Roles { get; } = roles;
}

/// <summary>A request about one SKK/case: the pipeline checks the case is within the user's office scope.</summary>
public interface ISkkRequest
{
    int SkkId { get; }
}

/// <summary>A request about one employer: the pipeline checks the employer is within the user's office scope.</summary>
public interface IEmployerRequest
{
    int EmployerId { get; }
}

/// <summary>A request about one MoU/PKS: the pipeline checks the agreement involves the user's office scope.</summary>
public interface IAgreementRequest
{
    int AgreementId { get; }
}
