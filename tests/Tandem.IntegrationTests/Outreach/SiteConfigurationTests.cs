using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Tandem.Domain;
using Tandem.Domain.Accounts;
using Tandem.Domain.Audit;
using Tandem.Domain.Guidance;
using Tandem.Domain.Organisations;
using Tandem.IntegrationTests.Infrastructure;

namespace Tandem.IntegrationTests.Outreach;

public sealed class SiteConfigurationTests(TandemApp app) : IClassFixture<TandemApp>
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_manager_configures_their_site_and_every_change_is_in_the_history_and_the_audit_log()
    {
        var clinic = await app.CreateClinicAsync();
        var managerUser = await app.CreateStaffAsync(clinic, [Role.Manager], name: "Mara Manager");
        using var manager = await StaffAsync(managerUser);
        var page = $"/Staff/Sites/Edit/{clinic.Team.SiteId}";
        var slug = $"site-{Guid.NewGuid():N}"[..24];

        var saved = await SaveAsync(manager, page, ("Input.Slug", slug), ("Input.Phone", "030 765 43 21"), ("Input.FeedbackWorkingDays", "5"), ("Input.GoLiveOn", "2027-01-04"));

        saved.AssertRedirect(page);
        var site = await app.WithDbAsync(db => db.Sites.AsNoTracking().SingleAsync(s => s.Id == clinic.Team.SiteId));
        Assert.Equal((slug, "030 765 43 21", 5, new DateOnly(2027, 1, 4)), (site.Slug, site.Phone, site.FeedbackWorkingDays, site.GoLiveOn));
        var changes = await app.WithDbAsync(db => db.SiteChanges.Where(c => c.SiteId == site.Id).OrderBy(c => c.Field).Select(c => new { c.Field, c.OldValue, c.NewValue, c.ByUserId }).ToListAsync());
        Assert.Equal(["FeedbackWorkingDays", "GoLiveOn", "Phone", "Slug"], changes.Select(c => c.Field));
        Assert.All(changes, c => Assert.Equal(managerUser.Id, c.ByUserId));
        Assert.Contains(changes, c => c is { Field: "FeedbackWorkingDays", OldValue: null, NewValue: "5" });
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.UserId == managerUser.Id && e.ObjectType == nameof(Site) && e.Action == AuditAction.Update && e.ObjectId == site.Id.ToString())));
        var (_, edit) = await manager.GetPageAsync(page);
        Assert.Contains("Mara Manager: Feedback due within (working days): – → 5", edit.QuerySelector("ol.history")!.TextContent.Squeezed(), StringComparison.Ordinal);

        var stale = await SaveAsync(manager, page, ("Input.City", "Elders"), ("Input.Version", (site.Version - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else changed this site's settings", await FormClient.ErrorsAsync(stale), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/Staff/Sites/Edit/{clinic.OtherTeam.SiteId}")).StatusCode);
        using var therapist = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Therapist]));
        (await therapist.GetAsync(page)).AssertRedirect("/Account/AccessDenied");
        using var admin = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.OrgAdmin]));
        (await SaveAsync(admin, $"/Staff/Sites/Edit/{clinic.OtherTeam.SiteId}", ("Input.City", "Arnhem"))).AssertRedirect($"/Staff/Sites/Edit/{clinic.OtherTeam.SiteId}");
    }

    [Fact]
    public async Task A_brand_colour_without_AA_contrast_against_white_is_refused_with_its_ratio()
    {
        var clinic = await app.CreateClinicAsync();
        using var manager = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Manager]));
        var page = $"/Staff/Sites/Edit/{clinic.Team.SiteId}";

        var yellow = await SaveAsync(manager, page, ("Input.BrandColour", "#FFD700"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, yellow.StatusCode);
        Assert.Contains("contrast is 1.4:1", await FormClient.ErrorsAsync(yellow), StringComparison.Ordinal);
        Assert.Equal("#FFD700", (await FormClient.ParseAsync(yellow)).QuerySelector("input[name='Input.BrandColour']")!.GetAttribute("value"));
        var notHex = await SaveAsync(manager, page, ("Input.BrandColour", "blue"));
        Assert.Contains("hex code", await FormClient.ErrorsAsync(notHex), StringComparison.Ordinal);

        (await SaveAsync(manager, page, ("Input.BrandColour", "#1f5f8b"))).AssertRedirect(page);
        Assert.Equal("#1F5F8B", await app.WithDbAsync(db => db.Sites.Where(s => s.Id == clinic.Team.SiteId).Select(s => s.BrandColour).SingleAsync()));
    }

    [Fact]
    public async Task A_logo_must_really_be_a_small_png_jpeg_or_safe_svg_and_is_served_from_the_app()
    {
        var clinic = await app.CreateClinicAsync();
        using var manager = await StaffAsync(await app.CreateStaffAsync(clinic, [Role.Manager]));
        var page = $"/Staff/Sites/Edit/{clinic.Team.SiteId}";
        var slug = $"logo-{Guid.NewGuid():N}"[..20];

        var disguised = await SaveAsync(manager, page, [("Input.Slug", slug)], ("logo.png", "image/png", Encoding.UTF8.GetBytes("GIF89a not a png")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, disguised.StatusCode);
        Assert.Contains("PNG, JPEG or SVG", await FormClient.ErrorsAsync(disguised), StringComparison.Ordinal);
        var huge = await SaveAsync(manager, page, [("Input.Slug", slug)], ("logo.png", "image/png", [.. Png, .. new byte[300 * 1024]]));
        Assert.Contains("at most 200 KB", await FormClient.ErrorsAsync(huge), StringComparison.Ordinal);
        var scripted = await SaveAsync(manager, page, [("Input.Slug", slug)], ("logo.svg", "image/svg+xml", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")));
        Assert.Contains("contains scripts", $"{(int)scripted.StatusCode} {await FormClient.ErrorsAsync(scripted)}", StringComparison.Ordinal);

        (await SaveAsync(manager, page, [("Input.Slug", slug)], ("logo.bin", "application/octet-stream", Png))).AssertRedirect(page);
        var logo = await manager.Http.GetAsync($"/Sites/{slug}/logo", TestContext.Current.CancellationToken);
        Assert.Equal("image/png", logo.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Png, await logo.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Contains("sandbox", logo.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sites_own_feedback_working_days_and_working_weekdays_set_the_deadline_on_the_worklist()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapist);
        var colleague = await app.CreatePatientAsync(clinic, therapist, team: clinic.OtherTeam);
        DayOfWeek[] mondayToSaturday = [.. WorkingCalendar.MondayToFriday, DayOfWeek.Saturday];
        await app.PublishAsync(clinic, s => s with { FeedbackWorkingDays = 7, WorkingWeekdays = mondayToSaturday });
        var submissionId = await app.SendModule1Async(patient.Id);
        var elsewhereId = await app.SendModule1Async(colleague.Id);
        var today = ClinicCalendar.DateOf(app.Clock.GetUtcNow());

        var work = await app.WorkOfAsync(clinic, therapist);

        Assert.Equal(new WorkingCalendar([], mondayToSaturday).AddWorkingDays(today, 7), Assert.Single(work, i => i.SubjectId == submissionId).Deadline!.Due);
        Assert.Equal(WorkingCalendar.WeekdaysOnly.AddWorkingDays(today, 3), Assert.Single(work, i => i.SubjectId == elsewhereId).Deadline!.Due); // the clinic's default
    }

    [Fact]
    public async Task A_programme_switched_off_for_the_site_cannot_be_chosen_at_enrolment_and_the_site_diary_default_applies()
    {
        var clinic = await app.CreateClinicAsync();
        var therapistUser = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = await app.CreatePatientAsync(clinic, therapistUser);
        await app.PublishAsync(clinic, s => s with { DisabledProgrammes = ["chronic-pain"], DiaryReminderDefault = true });
        using var therapist = await StaffAsync(therapistUser);
        var enrol = $"/Staff/Treatment/Enrol/{patient.Id}";

        var (_, choice) = await therapist.GetPageAsync(enrol);
        Assert.Equal(["cfs"], choice.QuerySelectorAll("input[name=programme]").Select(i => i.GetAttribute("value")));
        Assert.Equal(HttpStatusCode.NotFound, (await therapist.GetAsync(enrol + "?programme=chronic-pain")).StatusCode);
        var refused = await therapist.PostFormAsync(enrol + "?programme=cfs", [new("Input.ProgrammeId", "chronic-pain"), new("Input.StartsOn", ClinicCalendar.DateOf(app.Clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))], enrol);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);

        var enrolled = await therapist.PostFormAsync(enrol + "?programme=cfs",
        [
            new("Input.ProgrammeId", "cfs"), new("Input.Guidance", "ProtocolDriven"), new("Input.Unlock", "OnCompletion"),
            new("Input.StartsOn", ClinicCalendar.DateOf(app.Clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.ProgrammeExplained", "true"), new("Input.FormatDiscussed", "true"), new("Input.GoalsAgreed", "true"),
        ], enrol);
        enrolled.AssertRedirect($"/Staff/Treatment/Plan/{patient.Id}");
        Assert.True(await app.WithDbAsync(db => db.ReminderSettings.Where(r => r.PatientId == patient.Id).Select(r => r.DiaryEnabled).SingleAsync()));
    }

    /// <summary>Posts the configuration form with every current value, the given fields changed and optionally a logo.</summary>
    private static Task<HttpResponseMessage> SaveAsync(FormClient client, string page, params (string Name, string Value)[] changes) =>
        SaveAsync(client, page, changes, null);

    private static async Task<HttpResponseMessage> SaveAsync(FormClient client, string page, (string Name, string Value)[] changes, (string Name, string Type, byte[] Bytes)? logo)
    {
        var (response, form) = await client.GetPageAsync(page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var values = CurrentValues(form).Where(v => changes.All(c => c.Name != v.Name)).Concat(changes);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in values)
        {
            content.Add(new StringContent(value), name);
        }

        if (logo is { } file)
        {
            var bytes = new ByteArrayContent(file.Bytes);
            bytes.Headers.ContentType = new MediaTypeHeaderValue(file.Type);
            content.Add(bytes, "Logo", file.Name);
        }

        return await client.Http.PostAsync(page, content);
    }

    private static IEnumerable<(string Name, string Value)> CurrentValues(IDocument page)
    {
        var form = page.QuerySelector("form[enctype='multipart/form-data']")!;
        foreach (var input in form.QuerySelectorAll("input").OfType<IHtmlInputElement>())
        {
            if (input.Type is "file" || (input.Type is "checkbox" && !input.IsChecked))
            {
                continue;
            }

            yield return (input.Name!, input.Value);
        }

        foreach (var area in form.QuerySelectorAll("textarea").OfType<IHtmlTextAreaElement>())
        {
            yield return (area.Name!, area.Value);
        }

        foreach (var select in form.QuerySelectorAll("select").OfType<IHtmlSelectElement>())
        {
            yield return (select.Name!, select.Value ?? "");
        }
    }

    private async Task<FormClient> StaffAsync(TestUser user)
    {
        var client = app.NewClient();
        await client.SignInStaffAsync(user);
        return client;
    }
}
