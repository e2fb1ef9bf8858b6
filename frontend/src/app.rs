//! The top-level component: owns the page state and the side effects (configuration, the
//! proxy, the pause timer, the address bar, the title, the embedding parent); everything
//! below it is view code that reports through narrow callbacks.

use std::rc::Rc;
use std::time::Duration;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::components::address_field::AddressField;
use crate::components::answer_card::AnswerCard;
use crate::components::discover_panel::DiscoverPanel;
use crate::components::downloads::Downloads;
use crate::components::explainer::Explainer;
use crate::components::guides::Guides;
use crate::components::intro::Intro;
use crate::components::kit::{EmbedSnippet, ProviderKitView};
use crate::components::language_switch::LanguageSwitch;
use crate::components::login_test::LoginTest;
use crate::components::probe_panel::ProbePanel;
use crate::components::provider_summary::ProviderSummary;
use crate::components::room_nav::{RoomNav, room_heading};
use crate::components::service_picker::ServicePicker;
use crate::components::settings_table::SettingsTable;
use crate::logic::answer;
use crate::logic::config::RuntimeConfig;
use crate::logic::i18n::{self, Lang, Tr};
use crate::logic::page::{Lookup, Page, PageAction, Resolution, TestOf};
use crate::logic::probe_view::probe_plan;
use crate::logic::qr;
use crate::logic::room::Room;
use crate::logic::text;
use crate::logic::url_params::PageParams;
use crate::services::{api, browser};

mod effects;

/// How long a pause in typing must be before errors and guesses show.
const PAUSE: Duration = Duration::from_millis(600);

/// The page state as Yew keeps it: a thin wrapper around [`Page::reduce`].
#[derive(Debug, Clone, PartialEq)]
struct PageState(Page);

impl Reducible for PageState {
    type Action = PageAction;

    fn reduce(self: Rc<Self>, action: PageAction) -> Rc<Self> {
        Rc::new(PageState(self.0.reduce(action)))
    }
}

/// What is known about the probe proxy.
pub type ProxyStatus = Lookup<mailsetup_shared::wire::ProxyInfo>;

#[derive(Debug, Clone, PartialEq, Properties, Default)]
pub struct AppProps {
    /// The URL parameters; read from the address bar when absent.
    #[prop_or_default]
    pub params: Option<PageParams>,
    /// The run-time configuration; `config.json` is fetched when absent.
    #[prop_or_default]
    pub config: Option<RuntimeConfig>,
    /// The language the first paint was served in, when not English: the proxy chose it
    /// in the page's own order (link, site, browser), so the page asks for it at once
    /// rather than after `config.json`. (A static host paints English, which decides
    /// nothing.)
    #[prop_or_default]
    pub painted: Option<Lang>,
    /// A rehearsal (see `start.rs`): the page rendered where nobody sees it, so the first
    /// real answer finds its code compiled and its text laid out once. It touches nothing
    /// outside its element: no address bar, title, language, theme or fetch.
    #[prop_or_default]
    pub rehearsal: bool,
}

/// How much of the page a module holds. The page is served as two WebAssembly modules: the
/// first, small one shows the field and the answer card ([`CardOnly`]); the second, loaded
/// once the card is on the screen, is the whole page ([`Whole`]) and takes over from it,
/// keeping what was typed (see `start.rs`). The extent is a type, not a value, so that the
/// card's module holds no code of what it does not show.
pub trait Extent: 'static {
    /// The probe, the login test, the rooms and the proxy, or the field and the card only.
    const WHOLE: bool;

    /// The English the module carries: all of it, or the card's part.
    fn english() -> Tr;
}

/// The whole page.
#[derive(Debug)]
pub enum Whole {}

impl Extent for Whole {
    const WHOLE: bool = true;

    fn english() -> Tr {
        Tr::english()
    }
}

/// The field and the answer card: what the first module shows while the rest loads.
#[derive(Debug)]
pub enum CardOnly {}

impl Extent for CardOnly {
    const WHOLE: bool = false;

    fn english() -> Tr {
        Tr::card_english()
    }
}

#[component]
pub fn App<E: Extent>(props: &AppProps) -> Html {
    let params = use_memo((), {
        let given = props.params.clone();
        move |_| given.unwrap_or_else(|| PageParams::from_location(&browser::query_string(), &browser::fragment()))
    });
    let page = use_reducer({
        let params = params.clone();
        move || PageState(Page::from_params(&params))
    });
    let config = use_state(|| props.config.clone());
    // The card's module never asks the proxy (the whole page, which follows it, does): until
    // then its card says the proxy is being checked.
    let proxy = use_state(|| if E::WHOLE { ProxyStatus::Idle } else { ProxyStatus::Loading });
    let dispatch = page.dispatcher().to_callback();
    // The page's language: English (compiled in) until another one's messages arrive. A
    // language picked with the switch goes into the link.
    let tr = use_state(E::english);
    let picked_lang = use_state(|| None::<Lang>);
    // The language last asked for (by the link, the switch or, failing both, the site's
    // default and the browser): messages that arrive for an earlier choice are dropped,
    // and `config.json` never overrides a choice made before it arrived.
    let wanted = use_mut_ref(|| None::<Lang>);
    let set_lang = {
        let (tr, wanted) = (tr.clone(), wanted.clone());
        Callback::from(move |lang: Lang| {
            *wanted.borrow_mut() = Some(lang);
            let (tr, wanted) = (tr.clone(), wanted.clone());
            if lang == Lang::En {
                tr.set(E::english());
                return;
            }
            spawn_local(async move {
                let loaded = api::load_messages(&E::english(), lang).await;
                if *wanted.borrow() != Some(lang) {
                    return;
                }
                match loaded {
                    Ok(messages) => tr.set(messages),
                    // The page stays readable in the language it has.
                    Err(e) => web_sys::console::warn_1(&format!("the {} messages: {e}", lang.id()).into()),
                }
            });
        })
    };
    let on_lang = {
        let (picked_lang, set_lang) = (picked_lang.clone(), set_lang.clone());
        Callback::from(move |lang: Lang| {
            picked_lang.set(Some(lang));
            set_lang.emit(lang);
        })
    };
    let outside = !props.rehearsal;
    use_effect_with(tr.lang(), move |lang| {
        if outside {
            browser::set_document_lang(lang.id());
        }
    });

    // Configuration first, then what the proxy allows.
    {
        let config = config.clone();
        let proxy = proxy.clone();
        let params = params.clone();
        let (set_lang, wanted) = (set_lang.clone(), wanted.clone());
        let painted = props.painted.filter(|&lang| lang != Lang::En);
        use_effect_with((), move |_| {
            if !outside {
                return;
            }
            browser::apply_theme(params.theme.as_deref(), params.accent.as_deref());
            if params.embed {
                browser::report_height_to_parent();
            } else if params.tab.is_some() {
                browser::scroll_to("guides");
            }
            // The link's language (or the one the first paint came in) is asked for at once.
            if let Some(lang) = params.lang.as_deref().and_then(Lang::from_tag).or(painted) {
                set_lang.emit(lang);
            }
            spawn_local(async move {
                let loaded = match (*config).clone() {
                    Some(given) => given,
                    None => api::load_config().await.with_overrides(&params),
                };
                config.set(Some(loaded.clone()));
                // Otherwise the site's default or the browser's languages decide, once
                // `config.json` is read, unless the switch was used meanwhile.
                if wanted.borrow().is_none() {
                    set_lang.emit(i18n::choose(None, loaded.default_lang.as_deref(), &browser::languages()));
                }
                if !E::WHOLE || loaded.api_url("/api/config").is_none() {
                    return;
                }
                proxy.set(ProxyStatus::Loading);
                proxy.set(match api::proxy_info(&loaded).await {
                    Ok(info) => ProxyStatus::Done(info),
                    Err(failure) => ProxyStatus::Failed(failure),
                });
            });
        });
    }

    // The pause timer: errors and guesses show once typing stops.
    {
        let dispatch = dispatch.clone();
        use_effect_with(page.0.edits, move |&edits| {
            if edits > 0 && outside {
                spawn_local(async move {
                    yew::platform::time::sleep(PAUSE).await;
                    dispatch.emit(PageAction::Paused { edits });
                });
            }
        });
    }

    // Deep links: the address and the open tab live in the URL, written once typing pauses
    // (Chromium's profile put `history.replaceState` on every keystroke above the rest of
    // the keystroke's work).
    // The link's settings, with a language picked with the switch.
    let base = {
        let mut base = (*params).clone();
        if let Some(lang) = *picked_lang {
            base.lang = Some(lang.id().to_owned());
        }
        base
    };
    {
        let link = page.0.settled.then(|| page.0.params(&base).to_link());
        use_effect_with(link, move |link| {
            if let Some(link) = link.as_deref().filter(|_| outside) {
                browser::set_link(link);
            }
        });
    }

    let config_value = (*config).clone().unwrap_or_default();
    // Resolved once per render; everything below reads this one value.
    let resolution = page.0.resolution();
    // The title follows once typing pauses, as the link does: setting it costs about a
    // millisecond a keystroke in Chromium's profile, and nobody reads a tab's title while
    // typing.
    let title = page.0.settled.then(|| text::page_title(&tr, &resolution, config_value.brand.as_deref()));
    use_effect_with(title, move |title| {
        if let Some(title) = title.as_deref().filter(|_| outside) {
            browser::set_title(title);
        }
    });

    // The room asked for follows what is shown: an answer without that room (gmail.com has
    // no owner's room) puts the person's in the link, and a later domain that has one does
    // not jump back into it.
    {
        let shown = match &resolution {
            Resolution::Ready(settings) if !page.0.embed => Some(page.0.room.shown(settings)),
            _ => None,
        };
        let dispatch = dispatch.clone();
        use_effect_with((page.0.room, shown), move |&(asked, shown)| {
            if let Some(shown) = shown.filter(|&shown| shown != asked) {
                dispatch.emit(PageAction::Room(shown));
            }
        });
    }
    let invalid = match &resolution {
        Resolution::Invalid(error) => Some(text::address_error(&tr, error)),
        _ => None,
    };
    let idn = match &resolution {
        Resolution::Ready(settings) if settings.domain().is_internationalised() => {
            Some((settings.domain().unicode().to_owned(), settings.domain().ascii().to_owned()))
        }
        _ => None,
    };
    // One live region that stays in place: the final answer only, once typing has paused,
    // then the test's verdict.
    let suggestion = page.0.suggestion();
    let announcement = E::WHOLE
        .then(|| text::probe_announcement(&tr, &page.0.probe))
        .flatten()
        .unwrap_or_else(|| text::announcement(&tr, &resolution, page.0.settled, suggestion.as_deref()));
    let embed = page.0.embed;
    let placeholder =
        page.0.preset_domain.as_ref().map_or_else(|| "someone@example.com".to_owned(), |d| format!("you@{d}"));
    let on_input = dispatch.reform(PageAction::Input);
    let on_pick = dispatch.reform(PageAction::Pick);
    let proxy_info = match &*proxy {
        Lookup::Done(info) if E::WHOLE => Some(info.clone()),
        _ => None,
    };
    let keep_typing = resolution == Resolution::KeepTyping;
    // A proxy that probes several hosts in one request (all of a domain's guesses at once).
    let together = proxy_info.as_ref().is_some_and(|info| info.wire >= 4);
    // Enter in the field: the suggestion if there is one, else "this is it" (errors and
    // guesses show) and, when the answer can be tested, the test.
    let on_enter = {
        let test = match (&resolution, &proxy_info) {
            (Resolution::Ready(settings), Some(info)) => probe_plan(settings, &info.allowed_ports).map(|plan| {
                effects::probe_callback(&dispatch, &config_value, TestOf::Answer, page.0.probe.id + 1, plan, together)
            }),
            _ => None,
        };
        let (dispatch, suggestion) = (dispatch.clone(), suggestion.clone());
        Callback::from(move |()| match &suggestion {
            Some(suggestion) => dispatch.emit(PageAction::Pick(suggestion.clone())),
            None => {
                dispatch.emit(PageAction::Left);
                if let Some(test) = &test {
                    test.emit(None);
                }
            }
        })
    };
    // Below the card on the keystroke that brings a domain's answer: the card shows in that
    // keystroke's frame, what lies below it follows once the page is idle. Where there was
    // no answer, the login test and the probe's results come at once and the rooms' doors
    // and the room then; where there was another domain's, all of it keeps showing that one
    // until then. Building everything at once was the slowest keystroke (BENCHMARKS.md).
    // Within a domain, below follows in the same keystroke; an answer the link brings, and
    // a rehearsal, are built whole.
    let answer = match &resolution {
        Resolution::Ready(settings) => Some(settings.clone()),
        _ => None,
    };
    let below_answer = use_when_idle(
        answer.as_ref().map(|settings| settings.domain().ascii().to_owned()),
        answer,
        E::WHOLE && outside,
    );
    let body = match resolution {
        Resolution::Empty => html! { <Intro on_pick={on_pick.clone()} /> },
        Resolution::Invalid(_) | Resolution::KeepTyping => html! {},
        Resolution::Ready(settings) => {
            let plan = proxy_info.as_ref().and_then(|info| probe_plan(&settings, &info.allowed_ports));
            let test_scope = plan.as_deref().map(|plan| text::test_scope(&tr, plan)).unwrap_or_default();
            let run_test = plan.map(|plan| {
                effects::probe_callback(&dispatch, &config_value, TestOf::Answer, page.0.probe.id + 1, plan, together)
            });
            let on_test = run_test.as_ref().map(|run| run.reform(|()| None));
            let no_test = text::why_no_test(&tr, &proxy, on_test.is_some());
            let tested_from = proxy_info.as_ref().map(|info| text::tested_from(&tr, info));
            let program = params.program.as_deref().and_then(mailsetup_shared::guides::Client::from_id);
            let tab = if embed { program.or(page.0.tab) } else { page.0.tab };
            // The program the card's first step and password speak of: the open guide's.
            let client = answer::current_client(&settings, tab);
            let card = html! {
                <AnswerCard
                    settings={settings.clone()}
                    proof={if E::WHOLE { answer::proof(&tr, &page.0.probe) } else { answer::Proof::Untested }}
                    {tested_from}
                    {on_test}
                    {no_test}
                    {test_scope}
                    on_region={dispatch.reform(PageAction::Region)}
                    {client}
                    {embed} />
            };
            let rest = if E::WHOLE {
                let below = BelowCard {
                    settings: below_answer.as_ref().unwrap_or(&settings),
                    page: &page.0,
                    dispatch: &dispatch,
                    config: &config_value,
                    proxy: proxy_info.as_ref(),
                    run_test,
                    together,
                    tab,
                    only_program: embed && program.is_some(),
                    rooms: below_answer.is_some(),
                    base: &base,
                };
                below.view(&tr)
            } else {
                Html::default()
            };
            html! { <>{ card }{ rest }</> }
        }
    };
    let brand = config_value.brand.clone();
    let language_links: Vec<(Lang, String)> = Lang::ALL
        .iter()
        .map(|&lang| {
            let mut link = page.0.params(&params);
            link.lang = Some(lang.id().to_owned());
            (lang, link.to_link())
        })
        .collect();
    html! {
        <ContextProvider<Tr> context={(*tr).clone()}>
        <div class={classes!("mailsetup", embed.then_some("embed"), (!E::WHOLE).then_some("card-only"))} lang={tr.lang().id()}>
            if !embed {
                <header class="site-header">
                    <h1>{ brand.clone().unwrap_or_else(|| "mailsetup".to_owned()) }</h1>
                    <LanguageSwitch links={language_links} on_pick={on_lang} />
                    <p class="tagline">{ tr.t("header-tagline") }</p>
                </header>
            }
            <AddressField
                value={page.0.input.clone()}
                {placeholder}
                error={invalid}
                {keep_typing}
                {suggestion}
                {idn}
                on_input={on_input}
                on_leave={dispatch.reform(|()| PageAction::Left)}
                {on_enter}
                on_pick={on_pick} />
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{ announcement }</p>
            { body }
            if !embed {
                <footer class="site-footer">
                    <p>{ tr.t("footer-data") }{ " " }{ tr.t("footer-privacy") }</p>
                </footer>
            }
        </div>
        </ContextProvider<Tr>>
    }
}

/// What [`use_when_idle`] keeps between renders.
struct WhenIdle<K, T> {
    /// The key and value last given out.
    shown: (Option<K>, Option<T>),
    /// Whether a task waits for the page to be idle.
    waiting: bool,
    /// Whether the page has been idle since a render held a value back.
    idle: bool,
}

/// `value`, or, on a render that brings another key than the one given out before (and
/// `defer`), the value given out before (`None` if there was none) until the page is idle;
/// then, in a render of its own, the newest. What is built from it takes a task of its own
/// after the frame, not a share of it. A render without a key, the first render, and every
/// render when not `defer`, give out `value` at once.
#[hook]
fn use_when_idle<K, T>(key: Option<K>, value: Option<T>, defer: bool) -> Option<T>
where
    K: PartialEq + Clone + 'static,
    T: Clone + 'static,
{
    let state = use_mut_ref(|| WhenIdle { shown: (key.clone(), value.clone()), waiting: false, idle: false });
    let update = use_force_update();
    let mut when_idle = state.borrow_mut();
    let newer = defer && key.is_some() && key != when_idle.shown.0;
    if !newer || when_idle.idle {
        when_idle.idle = false;
        when_idle.shown = (key, value.clone());
        return value;
    }
    if !when_idle.waiting {
        when_idle.waiting = true;
        let state = state.clone();
        spawn_local(async move {
            browser::idle().await;
            {
                let mut when_idle = state.borrow_mut();
                when_idle.waiting = false;
                when_idle.idle = true;
            }
            update.force_update();
        });
    }
    when_idle.shown.1.clone()
}

/// What the whole page shows below the card: the login test, the probe's results, the
/// rooms' doors and the open room (built once the page is idle, see [`use_when_idle`]).
struct BelowCard<'a> {
    settings: &'a Rc<email_settings::settings::Settings>,
    page: &'a Page,
    dispatch: &'a Callback<PageAction>,
    config: &'a RuntimeConfig,
    proxy: Option<&'a mailsetup_shared::wire::ProxyInfo>,
    /// The card's test, which the login test runs with a password.
    run_test: Option<Callback<Option<mailsetup_shared::wire::LoginRequest>>>,
    /// Whether the proxy probes several hosts in one request.
    together: bool,
    tab: Option<mailsetup_shared::guides::Client>,
    /// An embed that shows one program's guide only.
    only_program: bool,
    /// Whether the rooms are built yet.
    rooms: bool,
    /// The link's settings, for the rooms' doors.
    base: &'a PageParams,
}

impl BelowCard<'_> {
    fn view(self, tr: &Tr) -> Html {
        let BelowCard { settings, page, dispatch, config, proxy, run_test, together, tab, only_program, rooms, base } =
            self;
        let embed = page.embed;
        let login_audience = proxy.and_then(|info| text::login_audience(tr, info)).filter(|_| !embed);
        let on_login = login_audience.zip(run_test);
        let address = settings.query.address().map(|a| a.unicode());
        let login_user = address.clone().unwrap_or_default();
        let probe = html! {
            <>
                if let Some((audience, on_login)) = on_login {
                    <LoginTest
                        user={login_user}
                        {audience}
                        on_run={on_login.reform(Some)}
                        running={page.probe.is_running()} />
                }
                <ProbePanel
                    probe={page.probe.clone()}
                    proxy={proxy.cloned()}
                    on_use={Some(dispatch.reform(PageAction::UseServer))} />
            </>
        };
        if !rooms {
            return probe;
        }
        // Read once a render: each read of the location crosses into JavaScript.
        let page_url = browser::page_url();
        let phone_link = address.as_deref().map(|a| qr::phone_link(&page_url, a));
        let domain = settings.domain().ascii().to_owned();
        let on_look_up = effects::discover_callback(dispatch, config, &domain);
        let on_ask_doh = config
            .doh_endpoint()
            .map(|endpoint| (endpoint.to_owned(), effects::doh_callback(dispatch, endpoint, &domain)));
        let room = if embed { Room::Person } else { page.room.shown(settings) };
        let doors: Vec<(Room, String)> = Room::offered(settings)
            .into_iter()
            .map(|door| {
                let mut link = page.params(base);
                link.room = door.id().map(str::to_owned);
                // Whole URLs: the person's door has no query, and a link of a fragment
                // alone would keep the room it was opened from.
                (door, format!("{page_url}{}", link.to_link()))
            })
            .collect();
        let on_room = dispatch.reform(|room: Room| {
            browser::focus_soon(if room == Room::Person { "guides-title" } else { "room" });
            PageAction::Room(room)
        });
        let service_test = {
            let (dispatch, config) = (dispatch.clone(), config.clone());
            let id = page.service_probe.id + 1;
            Callback::from(move |plan| {
                effects::probe_callback(&dispatch, &config, TestOf::Service, id, plan, together).emit(None);
            })
        };
        let discover = html! {
            <DiscoverPanel
                settings={settings.clone()}
                discovery={page.discovery.clone()}
                doh={page.doh.clone()}
                has_proxy={proxy.is_some()}
                {on_look_up}
                {on_ask_doh} />
        };
        html! {
            <>
                { probe }
                if !embed {
                    <RoomNav rooms={doors} current={room} on_pick={on_room} />
                }
                { room_heading(tr, room, settings.domain().unicode()) }
                { match room {
                    // The person's: find the servers of an unknown domain, the program's
                    // guide (with the file it takes), what to know about the provider.
                    Room::Person => html! {
                        <>
                            { discover }
                            // A provider without SMTP gets no guides, servers, files or kit.
                            if settings.offers_smtp() {
                                <Guides settings={settings.clone()} {tab} on_tab={dispatch.reform(PageAction::Tab)} only={only_program} {phone_link} />
                            }
                            if !embed {
                                <ProviderSummary settings={settings.clone()} report_url={config.report_url.clone()} />
                            }
                        </>
                    },
                    Room::Developers => html! {
                        <>
                            if settings.offers_smtp() {
                                <SettingsTable settings={settings.clone()} />
                                <Downloads settings={settings.clone()} />
                            }
                            <ServicePicker
                                query={settings.query.clone()}
                                probe={page.service_probe.clone()}
                                proxy={proxy.cloned()}
                                on_test={service_test} />
                            <Explainer />
                        </>
                    },
                    Room::Owner => html! {
                        <>
                            <ProviderKitView settings={settings.clone()} />
                            { discover }
                            <EmbedSnippet domain={settings.domain().ascii().to_owned()} lang={tr.lang()} frame_ancestors={proxy.map(|info| info.frame_ancestors.clone())} />
                        </>
                    },
                } }
            </>
        }
    }
}
