using KejaksaanDatun.Core.Behaviors;
using Mediator;

namespace KejaksaanDatun.Core.Tests.Features;

public class RequestDeclarationTests
{
    public static TheoryData<Type> Requests()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(CoreServices).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t)))
            data.Add(type);
        return data;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void Every_request_says_which_roles_may_send_it(Type request)
    {
        var declaration = request.GetCustomAttributes(typeof(AllowedRolesAttribute), inherit: false).Cast<AllowedRolesAttribute>().SingleOrDefault();
        Assert.NotNull(declaration);
        Assert.NotEmpty(declaration.Roles);
        Assert.All(declaration.Roles, role => Assert.Contains(role, KejaksaanDatun.Core.Domain.Roles.All));
    }

    [Fact]
    public void There_are_requests_to_check() => Assert.True(Requests().Count > 30);
}
