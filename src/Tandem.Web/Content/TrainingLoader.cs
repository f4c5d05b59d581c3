using Tandem.Domain.Programmes;
using Tandem.Domain.Training;

namespace Tandem.Web.Content;

/// <summary>
/// Reads and validates <c>&lt;root&gt;/training/*/course.yaml</c> and its <c>lessons/*.yaml</c> (docs/training.md): lessons in
/// the module format with text and exercise blocks only, every listed lesson a file and every file listed, survey item
/// ids unique, every text in both languages. The eCoach course must be there: the trained status depends on it.
/// </summary>
public static class TrainingLoader
{
    public static (TrainingCatalog? Catalog, IReadOnlyList<ContentError> Errors) Load(string contentRoot)
    {
        var errors = new List<ContentError>();
        var courses = new List<Course>();
        var folder = Path.Combine(contentRoot, "training");
        var folders = Directory.Exists(folder) ? Directory.GetDirectories(folder).Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
        foreach (var courseFolder in folders)
        {
            var before = errors.Count;
            if (LoadCourse(contentRoot, courseFolder, errors) is { } course && errors.Count == before)
            {
                courses.Add(course);
            }
        }

        if (errors.Count == 0 && !courses.Any(c => c.Id == Course.ECoach))
        {
            errors.Add(new ContentError($"training/{Course.ECoach}", 0, "the eCoach course is missing: training/ecoach/course.yaml"));
        }

        return (errors.Count == 0 ? new TrainingCatalog(courses) : null, errors);
    }

    private static Course? LoadCourse(string contentRoot, string folder, List<ContentError> errors)
    {
        var path = Path.Combine(folder, "course.yaml");
        var file = new YamlFile(ProgrammeLoader.Relative(contentRoot, path), errors);
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(ProgrammeLoader.Relative(contentRoot, folder), 0, "course folder without a course.yaml"));
            return null;
        }

        if (file.Load(path, "course") is not { } course)
        {
            return null;
        }

        course.AllowOnly("id", "version", "review", "title", "summary", "lessons", "survey");
        var id = course.Id();
        if (id is not null && id != Path.GetFileName(folder))
        {
            file.Error(course.Find("id")!, $"course id '{id}' differs from its folder name '{Path.GetFileName(folder)}'");
        }

        var version = course.PositiveWhole("version");
        var review = ModuleReader.Review(course);
        var title = course.Text("title");
        var summary = course.Text("summary");
        var lessons = Lessons(contentRoot, folder, file, course, errors);
        var survey = course.Has("survey") ? Survey(course) : null;
        return id is null || version is null || review is null || title is null || summary is null
            ? null
            : new Course(id, version.Value, review, title, summary, lessons, survey);
    }

    private static List<Module> Lessons(string contentRoot, string folder, YamlFile file, YamlMap course, List<ContentError> errors)
    {
        var listed = course.Strings("lessons");
        var ids = new UniqueIds(file, "lesson");
        var lessonFolder = Path.Combine(folder, "lessons");
        var files = Directory.Exists(lessonFolder) ? Directory.GetFiles(lessonFolder).Order(StringComparer.Ordinal).ToList() : [];
        var read = new Dictionary<string, Module?>(StringComparer.Ordinal);
        foreach (var lessonPath in files)
        {
            var lessonFile = new YamlFile(ProgrammeLoader.Relative(contentRoot, lessonPath), errors);
            var name = Path.GetFileNameWithoutExtension(lessonPath);
            if (Path.GetExtension(lessonPath) != ".yaml")
            {
                errors.Add(new ContentError(lessonFile.Name, 0, "only .yaml files belong in a lessons folder"));
                continue;
            }

            var references = new ModuleReferences(lessonFile);
            var lesson = ModuleReader.Read(lessonFile, lessonPath, references);
            if (references.RecommendedWhenLine is { } line)
            {
                errors.Add(new ContentError(lessonFile.Name, line, "recommended-when is for modules of tailored programmes, not lessons"));
            }

            foreach (var page in lesson?.Pages ?? [])
            {
                foreach (var block in page.Blocks.Where(b => b is not (TextBlock or ExerciseBlock)))
                {
                    errors.Add(new ContentError(lessonFile.Name, references.IdLine, $"page '{page.Id}' has a {block.GetType().Name}; a lesson has only text and exercise blocks"));
                }
            }

            if (!listed.Any(l => l.Value == name))
            {
                errors.Add(new ContentError(lessonFile.Name, references.IdLine, $"lesson '{name}' is not listed in course.yaml"));
            }

            read[name] = lesson;
        }

        var lessons = new List<Module>();
        foreach (var node in listed)
        {
            ids.Add(node.Value, node);
            if (!read.TryGetValue(node.Value ?? "", out var lesson))
            {
                file.Error(node, $"course lists lesson '{node.Value}', but there is no file lessons/{node.Value}.yaml");
            }
            else if (lesson is not null)
            {
                lessons.Add(lesson);
            }
        }

        if (listed.Count == 0)
        {
            course.Error("a course needs at least one lesson");
        }

        return lessons;
    }

    private static CourseSurvey? Survey(YamlMap course)
    {
        if (course.Find("survey") is not YamlDotNet.RepresentationModel.YamlMappingNode node)
        {
            course.File.Error(course.KeyNode("survey"), "'survey' needs an 'intro' and 'items'");
            return null;
        }

        var survey = new YamlMap(course.File, node, "survey");
        survey.AllowOnly("intro", "items");
        var intro = survey.Text("intro");
        var ids = new UniqueIds(course.File, "survey item");
        var items = new List<SurveyItem>();
        foreach (var item in survey.Maps("items", "survey item"))
        {
            item.AllowOnly("id", "text");
            var id = item.Id();
            ids.Add(id, item.Find("id") ?? item.Node);
            if (item.Text("text") is { } text && id is not null)
            {
                items.Add(new SurveyItem(id, text));
            }
        }

        if (items.Count == 0)
        {
            survey.Error("a survey needs at least one item");
        }

        return intro is null ? null : new CourseSurvey(intro, items);
    }
}
