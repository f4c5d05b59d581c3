using Tandem.Domain.Diaries;
using Tandem.Web.Data;
using Tandem.Web.Diaries;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Patient.Diary;

public sealed class SleepChartModel(AppDbContext db, AuditTrail audit, TimeProvider clock)
    : DiaryChartPage(DiaryKind.SleepWake, DiaryObjects.SleepWake, db, audit, clock);
