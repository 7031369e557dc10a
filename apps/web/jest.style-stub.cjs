// What a stylesheet import is in the jsdom tests: nothing (jest.config.js maps `.css` here).
module.exports = {};
