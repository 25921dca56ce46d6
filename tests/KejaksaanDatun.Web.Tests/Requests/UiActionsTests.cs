using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Web.Components.Shared;
using KejaksaanDatun.Web.Requests;
using KejaksaanDatun.Web.Tests.Components.Shared;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MudBlazor;
using Severity = MudBlazor.Severity;

namespace KejaksaanDatun.Web.Tests.Requests;

public sealed class UiActionsTests : MudTestContext
{
    private readonly RecordingLogger<UiActions> _logger = new();
    private readonly ISnackbar _snackbar;
    private readonly UiActions _actions;

    public UiActionsTests()
    {
        Services.AddScoped<IValidator<ArrearsForm>, ArrearsFormValidator>();
        _snackbar = Services.GetRequiredService<ISnackbar>();
        _actions = new UiActions(_snackbar, _logger);
    }

    public static TheoryData<Exception, string, Severity> ExpectedFailures => new()
    {
        { new BusinessRuleException("SKK yang sudah kedaluwarsa tidak dapat diserahkan."), "SKK yang sudah kedaluwarsa tidak dapat diserahkan.", Severity.Warning },
        { new NotAllowedException(), "Anda tidak berwenang melakukan tindakan ini.", Severity.Error },
        { new NotFoundOrNotAllowedException(), "Data tidak ditemukan atau Anda tidak berwenang mengaksesnya.", Severity.Error },
        { new ConcurrencyConflictException(), "Data ini baru saja diubah oleh pengguna lain. Muat ulang halaman untuk melihat perubahan terbaru, lalu ulangi.", Severity.Warning },
        { RequestValidationException.For("Npp", "NPP harus 8 digit angka."), "NPP harus 8 digit angka.", Severity.Warning },
    };

    [Theory]
    [MemberData(nameof(ExpectedFailures))]
    public async Task A_refused_request_shows_its_Indonesian_message(Exception failure, string message, Severity severity)
    {
        var completed = await _actions.Run(() => throw failure, successMessage: "Tersimpan.");

        Assert.False(completed);
        var shown = Assert.Single(_snackbar.ShownSnackbars);
        Assert.Equal(message, shown.Message);
        Assert.Equal(severity, shown.Severity);
        Assert.Empty(_logger.Errors);
    }

    [Fact]
    public async Task An_unexpected_error_is_logged_and_shown_without_details()
    {
        var completed = await _actions.Run(() => throw new InvalidOperationException("connection string Server=db;Password=secret"));

        Assert.False(completed);
        var shown = Assert.Single(_snackbar.ShownSnackbars);
        Assert.Equal("Terjadi kesalahan. Silakan coba lagi atau hubungi administrator.", shown.Message);
        Assert.Equal(Severity.Error, shown.Severity);
        Assert.IsType<InvalidOperationException>(Assert.Single(_logger.Errors));
    }

    [Fact]
    public async Task A_completed_action_shows_the_success_message()
    {
        var completed = await _actions.Run(() => Task.CompletedTask, successMessage: "SKK telah diserahkan.");

        Assert.True(completed);
        var shown = Assert.Single(_snackbar.ShownSnackbars);
        Assert.Equal("SKK telah diserahkan.", shown.Message);
        Assert.Equal(Severity.Success, shown.Severity);
    }

    [Fact]
    public async Task A_cancelled_action_shows_nothing()
    {
        var completed = await _actions.Run(() => throw new OperationCanceledException());

        Assert.False(completed);
        Assert.Empty(_snackbar.ShownSnackbars);
    }

    [Fact]
    public async Task Validation_errors_from_the_server_also_mark_the_form_fields()
    {
        var model = new ArrearsForm { Name = "PT Sinar Banua", Lines = [new() { Iuran = 10m }] };
        var cut = Render<ArrearsFormHost>(p => p.Add(f => f.Model, model));
        var failure = new RequestValidationException([new FieldError("Lines[0].Iuran", "Iuran melebihi tunggakan.")]);

        await cut.InvokeAsync(() => _actions.Run(() => throw failure, form: cut.Instance.Validator));

        var editContext = cut.FindComponent<EditForm>().Instance.EditContext!;
        Assert.Equal(["Iuran melebihi tunggakan."], editContext.GetValidationMessages(new FieldIdentifier(model.Lines[0], "Iuran")));
    }

    [Fact]
    public async Task Loading_a_record_outside_the_users_scope_reports_it_as_not_found()
    {
        var notFound = false;

        var loaded = await _actions.Load<string>(() => throw new NotFoundOrNotAllowedException(), () => notFound = true);

        Assert.Null(loaded);
        Assert.True(notFound);
        Assert.Equal("Data tidak ditemukan atau Anda tidak berwenang mengaksesnya.", Assert.Single(_snackbar.ShownSnackbars).Message);
    }

    [Fact]
    public async Task A_load_that_fails_for_another_reason_is_not_reported_as_not_found()
    {
        var notFound = false;

        var loaded = await _actions.Load<string>(() => throw new InvalidOperationException("database is locked"), () => notFound = true);

        Assert.Null(loaded);
        Assert.False(notFound);
        Assert.Equal(UiActions.UnexpectedErrorMessage, Assert.Single(_snackbar.ShownSnackbars).Message);
    }

    [Fact]
    public async Task A_successful_load_returns_the_record()
    {
        var loaded = await _actions.Load(() => Task.FromResult("PT Sinar Banua"), () => throw new InvalidOperationException());

        Assert.Equal("PT Sinar Banua", loaded);
        Assert.Empty(_snackbar.ShownSnackbars);
    }

    private sealed class RecordingLogger<T> : ILogger<T>
    {
        public List<Exception> Errors { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error && exception is not null) Errors.Add(exception);
        }
    }
}
