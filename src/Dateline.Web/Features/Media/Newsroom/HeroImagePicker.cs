using System.Globalization;
using Dateline.Web.Features.Newsroom.Desk;

namespace Dateline.Web.Features.Media.Newsroom;

/// <summary>
/// How the story editor hands over to the picker and back without script: the editor's "choose" button saves the
/// story (<see cref="PickAct"/>) and goes to <see cref="PickerUrl"/>; the picker links back to the editor with
/// <c>?hero={id}</c> (0: none), which the editor shows, unsaved, until the editor saves.
/// </summary>
public static class HeroImagePicker
{
    public const string PickAct = "pickhero";

    public static string PickerUrl(int storyId) => "/newsroom/media/pick/" + storyId.ToString(CultureInfo.InvariantCulture);

    public static string ChooseUrl(int storyId, int assetId) =>
        string.Create(CultureInfo.InvariantCulture, $"/newsroom/stories/{storyId}?hero={assetId}");

    /// <summary>Applies a choice from the picker to the loaded form; a different photo starts without the old one's overrides.</summary>
    public static void Choose(StoryForm form, int? hero)
    {
        if (hero is not { } chosen || chosen < 0 || chosen == form.HeroImageId)
        {
            return;
        }

        form.HeroImageId = chosen == 0 ? null : chosen;
        form.HeroCaption = null;
        form.HeroCredit = null;
        form.HeroAltText = null;
    }
}
