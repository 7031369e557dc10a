module.exports = require('../../tools/jest.base')('erlang');
