/**
 * The source of a stand-in for Stripe.js (https://js.stripe.com/…), for browser tests that serve
 * it with `page.route`: just what the shop's card checkout calls. `Stripe(pk)` gives elements()
 * with a card element (a plain number input where Stripe mounts its iframe) and
 * confirmCardPayment(), which posts to the API stand-in's confirm endpoint with the publishable
 * key and the intent's client secret, as Stripe.js does against api.stripe.com.
 */
export function stripeJsStandIn(apiUrl: string): string {
  return `(() => {
  const API = ${JSON.stringify(apiUrl)};
  function Stripe(key) {
    const elementsByType = {};
    function createCard() {
      const listeners = {};
      let input = null;
      const emit = (event, payload) => (listeners[event] || []).forEach((cb) => cb(payload));
      const element = {
        __stand_in_number: () => (input ? input.value : ""),
        mount(target) {
          const node = typeof target === "string" ? document.querySelector(target) : target;
          input = document.createElement("input");
          input.setAttribute("aria-label", "Card number");
          input.setAttribute("data-testid", "stripe-card-number");
          input.autocomplete = "cc-number";
          input.inputMode = "numeric";
          input.addEventListener("input", () => {
            const digits = input.value.replace(/\\D/g, "");
            emit("change", { elementType: "card", empty: digits.length === 0, complete: digits.length >= 16 });
          });
          node.appendChild(input);
          setTimeout(() => emit("ready", element), 0);
        },
        on(event, cb) { (listeners[event] = listeners[event] || []).push(cb); return element; },
        off(event, cb) { listeners[event] = (listeners[event] || []).filter((x) => x !== cb); return element; },
        update() {},
        focus() { if (input) input.focus(); },
        blur() {},
        clear() { if (input) input.value = ""; },
        unmount() { if (input) input.remove(); input = null; },
        destroy() { element.unmount(); delete elementsByType.card; },
      };
      return element;
    }
    const elements = {
      create(type) {
        if (type !== "card") throw new Error("the Stripe.js stand-in has only the card element");
        elementsByType.card = createCard();
        return elementsByType.card;
      },
      getElement(type) {
        const name = typeof type === "string" ? type : type && type.__elementType;
        return elementsByType[name] || null;
      },
      update() {},
    };
    const unsupported = () => Promise.reject(new Error("not in the Stripe.js stand-in"));
    return {
      elements: () => elements,
      async confirmCardPayment(clientSecret, data) {
        const card = data && data.payment_method && data.payment_method.card;
        const billing = (data && data.payment_method && data.payment_method.billing_details) || {};
        const form = new URLSearchParams({
          key,
          client_secret: clientSecret,
          "payment_method_data[type]": "card",
          "payment_method_data[card][number]": card ? card.__stand_in_number() : "",
        });
        if (billing.name) form.set("payment_method_data[billing_details][name]", billing.name);
        const id = clientSecret.split("_secret_")[0];
        const response = await fetch(API + "/v1/payment_intents/" + id + "/confirm", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: form,
        });
        const body = await response.json();
        return body.error ? { error: body.error } : { paymentIntent: body };
      },
      createToken: unsupported,
      createPaymentMethod: unsupported,
      _registerWrapper() {},
      registerAppInfo() {},
    };
  }
  Stripe.version = "endive";
  window.Stripe = Stripe;
})();
`
}
