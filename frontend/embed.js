// mailsetup's embed script, for help portals: defines <mailsetup-widget>, which shows the
// page's compact view for a domain in an iframe and keeps the frame as tall as its content.
//
//   <script src="https://mailsetup.example/embed.js" defer></script>
//   <mailsetup-widget domain="example.com" lang="de" accent="#0b5fff"></mailsetup-widget>
//
// Attributes: domain (the portal's mail domain), lang (en, de, fr, es; otherwise the
// visitor's browser decides), accent (#rgb or #rrggbb), program (one guide only, e.g.
// thunderbird), theme (light or dark). The page lives beside this script; only height
// messages from that origin and from the widget's own frame are obeyed.
(() => {
  'use strict';
  const script = document.currentScript;
  const page = new URL('./', script ? script.src : location.href);
  const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
  const LANG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;
  // The frame's name for screen readers: `embed-frame-title` in the page's messages.
  const TITLES = { en: 'Email settings', de: 'E-Mail-Einstellungen', fr: 'Réglages e-mail', es: 'Configuración del correo' };
  // A frame never grows past this, whatever a message says.
  const MAX_HEIGHT = 20000;

  class MailsetupWidget extends HTMLElement {
    static get observedAttributes() {
      return ['domain', 'lang', 'accent', 'program', 'theme'];
    }

    constructor() {
      super();
      this.frame = null;
      this.onMessage = this.onMessage.bind(this);
    }

    connectedCallback() {
      if (!this.frame) {
        const root = this.attachShadow({ mode: 'open' });
        const style = document.createElement('style');
        style.textContent = ':host{display:block}iframe{display:block;width:100%;border:0;height:600px}';
        this.frame = document.createElement('iframe');
        // The page's Copy buttons use the clipboard, which a frame from another origin may
        // only with this permission.
        this.frame.setAttribute('allow', 'clipboard-write');
        root.append(style, this.frame);
      }
      this.update();
      window.addEventListener('message', this.onMessage);
    }

    disconnectedCallback() {
      window.removeEventListener('message', this.onMessage);
    }

    attributeChangedCallback() {
      if (this.frame) this.update();
    }

    /** The page's address for the current attributes. */
    source() {
      const query = new URLSearchParams({ embed: '1' });
      const attr = (name, check) => {
        const value = (this.getAttribute(name) || '').trim();
        if (value && (!check || check.test(value))) query.set(name, value);
      };
      attr('domain');
      attr('program');
      attr('theme', /^(?:light|dark)$/);
      attr('accent', HEX);
      attr('lang', LANG);
      return new URL(`?${query}`, page).href;
    }

    update() {
      const src = this.source();
      const lang = (this.getAttribute('lang') || '').slice(0, 2).toLowerCase();
      this.frame.title = this.getAttribute('title') || TITLES[lang] || TITLES.en;
      if (this.frame.getAttribute('src') !== src) this.frame.setAttribute('src', src);
    }

    /** The page's `{ type: 'mailsetup:height', height }`, from our frame and origin only. */
    onMessage(event) {
      if (event.origin !== page.origin || !this.frame || event.source !== this.frame.contentWindow) return;
      const data = event.data;
      if (!data || data.type !== 'mailsetup:height') return;
      const height = Number(data.height);
      if (!Number.isFinite(height) || height <= 0) return;
      this.frame.style.height = `${Math.min(Math.ceil(height), MAX_HEIGHT)}px`;
    }
  }

  if (!customElements.get('mailsetup-widget')) customElements.define('mailsetup-widget', MailsetupWidget);
})();
