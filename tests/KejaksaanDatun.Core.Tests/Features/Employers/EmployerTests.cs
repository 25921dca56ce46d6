using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Features.Employers;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Employers;

public class EmployerTests
{
    [Fact]
    public async Task A_bpjs_officer_registers_and_edits_an_employer_of_their_office()
    {
        await using var app = await TestApp.StartAsync();
        var bpjs = await app.As("bpjs.bjm");
        var id = await app.Send(Requests.Employer(), bpjs);

        var details = await app.Send(new GetEmployer(id), bpjs);
        Assert.Equal(await app.OfficeId("BPJS-BJM"), details.Employer.BpjsOfficeId);
        var edit = EditEmployer.From(details);
        edit.WorkerCount = 120;
        edit.Name = "  PT Sawit Murakata Jaya  ";
        await app.Send(edit, bpjs);

        var saved = await app.Send(new GetEmployer(id), bpjs);
        Assert.Equal(120, saved.Employer.WorkerCount);
        Assert.Equal("PT Sawit Murakata Jaya", saved.Employer.Name);
        Assert.Equal(details.Version + 1, saved.Version);
    }

    [Theory]
    [InlineData("1234567")]
    [InlineData("123456789")]
    [InlineData("1234567A")]
    [InlineData("NPP-1234")]
    public async Task A_malformed_npp_is_refused_and_nothing_is_saved(string npp)
    {
        await using var app = await TestApp.StartAsync();
        await using var before = app.NewDb();
        var count = await before.Employers.CountAsync();
        var request = Requests.Employer();
        request.Npp = npp;
        var refused = await Assert.ThrowsAsync<RequestValidationException>(async () => await app.Send(request, await app.As("bpjs.bjm")));
        Assert.Contains(refused.Errors, e => e.Field == "Npp" && e.Message.Contains("8 angka"));
        await using var after = app.NewDb();
        Assert.Equal(count, await after.Employers.CountAsync());
    }

    [Fact]
    public async Task An_npp_registered_to_another_employer_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var bpjs = await app.As("bpjs.bjm");
        var first = Requests.Employer();
        await app.Send(first, bpjs);
        var second = Requests.Employer(first.Npp);
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => app.Send(second, bpjs));
        Assert.Contains(refused.Errors, e => e.Field == "Npp" && e.Message.Contains("sudah terdaftar"));
    }

    [Theory]
    [InlineData("", "Nama badan usaha wajib diisi")]
    public async Task Missing_required_fields_are_named_in_indonesian(string name, string message)
    {
        await using var app = await TestApp.StartAsync();
        var request = Requests.Employer();
        request.Name = name;
        request.WorkerCount = -5;
        request.Npwp = "12.345";
        var refused = await Assert.ThrowsAsync<RequestValidationException>(async () => await app.Send(request, await app.As("bpjs.bjm")));
        Assert.Contains(refused.Errors, e => e.Message.Contains(message));
        Assert.Contains(refused.Errors, e => e.Field == "WorkerCount");
        Assert.Contains(refused.Errors, e => e.Field == "Npwp");
    }

    [Fact]
    public async Task The_second_of_two_concurrent_edits_is_refused_and_the_first_is_kept()
    {
        await using var app = await TestApp.StartAsync();
        var bpjs = await app.As("bpjs.bjm");
        var id = await app.Send(Requests.Employer(), bpjs);
        var details = await app.Send(new GetEmployer(id), bpjs);
        var mine = EditEmployer.From(details);
        var theirs = EditEmployer.From(details);
        mine.WorkerCount = 10;
        theirs.WorkerCount = 20;

        await app.Send(mine, bpjs);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await app.Send(theirs, await app.As("pimpinan.bpjs.bjm")));
        Assert.Equal(10, (await app.Send(new GetEmployer(id), bpjs)).Employer.WorkerCount);
    }

    [Fact]
    public async Task Another_bpjs_office_cannot_read_or_edit_the_employer()
    {
        await using var app = await TestApp.StartAsync();
        var bpjs = await app.As("bpjs.bjm");
        var id = await app.Send(Requests.Employer(), bpjs);
        var edit = EditEmployer.From(await app.Send(new GetEmployer(id), bpjs));
        var other = await app.As("bpjs.plk");
        await Assert.ThrowsAsync<NotFoundOrNotAllowedException>(() => app.Send(new GetEmployer(id), other));
        await Assert.ThrowsAsync<NotFoundOrNotAllowedException>(() => app.Send(edit, other));
        Assert.DoesNotContain((await app.Send(new SearchEmployers { PageSize = 200 }, other)).Items, e => e.Id == id);
    }

    [Fact]
    public async Task The_kejaksaan_cannot_register_employers()
    {
        await using var app = await TestApp.StartAsync();
        await Assert.ThrowsAsync<NotAllowedException>(async () => await app.Send(Requests.Employer(), await app.As("jpn.hst1")));
    }

    [Fact]
    public async Task Employers_without_an_skk_can_be_listed_for_drafting()
    {
        await using var app = await TestApp.StartAsync();
        var bpjs = await app.As("bpjs.bjm");
        var id = await app.Send(Requests.Employer(), bpjs);
        var free = await app.Send(new SearchEmployers { WithoutSkkOnly = true, PageSize = 200 }, bpjs);
        Assert.Contains(free.Items, e => e.Id == id);
        Assert.All(free.Items, e => Assert.Equal(0, e.SkkCount));
    }
}
