module.exports = require('../../tools/jest.base')('demo');
